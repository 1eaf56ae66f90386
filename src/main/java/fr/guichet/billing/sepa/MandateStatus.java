package fr.guichet.billing.sepa;

/**
 * Where a mandate stands: prepared by billing and waiting for the customer's signature (online in the portal, or a
 * signed copy uploaded), active (debits may be sent under it), revoked (never again; kept with its history).
 */
public enum MandateStatus {
    AWAITING_SIGNATURE,
    ACTIVE,
    REVOKED
}
