package fr.guichet.billing.sepa;

/** What a mandate allows: debits that recur (the first FRST, then RCUR), or a single one (OOFF). */
public enum MandateKind {
    RECURRING,
    ONE_OFF
}
