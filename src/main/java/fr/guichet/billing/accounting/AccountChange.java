package fr.guichet.billing.accounting;

import java.time.Instant;

/** One change of the chart of accounts, kept: the role, the number and label before and after, who and when. */
public record AccountChange(
        AccountRole role,
        String numberBefore,
        String numberAfter,
        String labelBefore,
        String labelAfter,
        Instant at,
        String by) {}
