package fr.guichet.quotes;

/**
 * Where a quote stands: drafted, sent to the customer, accepted or declined by them, or expired (sent, and its validity
 * date passed without an answer: see {@link QuoteExpiry}).
 */
public enum QuoteStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    /** Whether the customer may still answer it (before its validity date is checked). */
    public boolean isAwaitingAnswer() {
        return this == SENT;
    }
}
