package fr.guichet.contracts;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contract was cancelled; when the customer did it online, {@code confirmTo} is the address the confirmation goes
 * to, with the date the cancellation takes effect.
 */
public record ContractCancelled(
        long contractId,
        String reference,
        String title,
        long organisationId,
        LocalDate requestedOn,
        LocalDate effectiveOn,
        @Nullable String confirmTo,
        @Nullable String confirmToName,
        Locale language) {}
