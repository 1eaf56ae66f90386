package fr.guichet.billing.accounting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The account a role books on: its number and its label (CompteNum and CompteLib of the FEC), who last changed it. */
public record LedgerAccount(
        AccountRole role,
        String number,
        String label,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {}
