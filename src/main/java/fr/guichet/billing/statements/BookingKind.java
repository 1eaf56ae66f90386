package fr.guichet.billing.statements;

/** What a statement entry that pays no invoice is booked as. */
public enum BookingKind {
    BANK_FEES,
    OTHER_INCOME,
    OTHER_EXPENSE
}
