package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A payment received from a customer (positive) or a refund made to them (negative), as the bank saw it. */
public record BankMovement(
        long paymentId,
        long organisationId,
        String customerName,
        LocalDate receivedOn,
        Instant recordedAt,
        Money amount,
        String method,
        @Nullable String reference) {}
