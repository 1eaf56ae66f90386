package fr.guichet.quotes;

import java.time.LocalDate;

/**
 * The expiry rule: a sent quote may be accepted up to and including its validity date (Europe/Paris); from the next
 * day on it is expired, and can no longer be accepted — only changed (a new revision with a new date) and sent again.
 */
public final class QuoteExpiry {

    private QuoteExpiry() {}

    public static boolean isExpired(QuoteStatus stored, LocalDate validUntil, LocalDate today) {
        return (stored == QuoteStatus.SENT && today.isAfter(validUntil)) || stored == QuoteStatus.EXPIRED;
    }

    /** The status people see on {@code today}: a sent quote past its date shows as expired. */
    public static QuoteStatus statusOn(QuoteStatus stored, LocalDate validUntil, LocalDate today) {
        return isExpired(stored, validUntil, today) ? QuoteStatus.EXPIRED : stored;
    }
}
