package fr.guichet.billing.payments;

/** How money came in (or, for a refund, went back out). */
public enum PaymentMethod {
    TRANSFER,
    CARD,
    CHEQUE,
    DIRECT_DEBIT,
    CASH
}
