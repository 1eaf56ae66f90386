package fr.guichet.contracts;

/**
 * When a period is invoiced: on its first day ("à échoir", in advance) or on the day after its last ("terme échu", in
 * arrears).
 */
public enum BillingTiming {
    IN_ADVANCE,
    IN_ARREARS
}
