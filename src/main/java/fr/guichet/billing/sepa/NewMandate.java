package fr.guichet.billing.sepa;

import org.jspecify.annotations.Nullable;

/** What billing types to prepare a mandate; the reference is made by Guichet. */
public record NewMandate(
        long organisationId,
        @Nullable MandateKind kind,
        @Nullable String debtorName,
        @Nullable String iban,
        @Nullable String bic) {}
