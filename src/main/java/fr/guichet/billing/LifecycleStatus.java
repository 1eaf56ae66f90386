package fr.guichet.billing;

/**
 * The statuses of the e-invoicing reform's lifecycle (DGFiP's "statuts du cycle de vie"), as an approved platform
 * (plateforme agréée) reports them; the mandatory ones are DEPOSITED, REJECTED, REFUSED and COLLECTED ("encaissée"),
 * the others optional. Each change is kept in the invoice's history. REFUSED needs the customer's reason.
 */
public enum LifecycleStatus {
    DEPOSITED,
    ISSUED,
    RECEIVED,
    MADE_AVAILABLE,
    IN_HAND,
    APPROVED,
    PARTLY_APPROVED,
    DISPUTED,
    SUSPENDED,
    COMPLETED,
    REFUSED,
    REJECTED,
    PAYMENT_SENT,
    COLLECTED;

    /** Whether a change to this status must say why (refused by the buyer, rejected by the platform, disputed). */
    public boolean needsReason() {
        return this == REFUSED || this == REJECTED || this == DISPUTED;
    }
}
