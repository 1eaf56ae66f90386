package fr.guichet.billing;

/**
 * Where an invoice stands in billing's own work: a draft has no number and may change; once validated it is numbered
 * and never changes again (a credit note corrects it); then sent, partly paid, paid.
 */
public enum InvoiceStatus {
    DRAFT,
    VALIDATED,
    SENT,
    PARTLY_PAID,
    PAID;

    /** Numbered, immutable, counting in the customer's balance. */
    public boolean isIssued() {
        return this != DRAFT;
    }
}
