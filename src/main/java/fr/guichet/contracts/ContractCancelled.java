package fr.guichet.contracts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contract was cancelled; when the customer did it online, {@code confirmTo} is the address the confirmation goes
 * to, with the date the cancellation takes effect, {@code reason} what they said (optional) and {@code tell} the staff
 * to alert (the account manager and sales administration; none when staff cancelled it).
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
        Locale language,
        @Nullable String reason,
        Set<Long> tell) {}
