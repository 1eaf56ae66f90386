package fr.guichet.billing.statements;

/** What became of a statement entry: waiting, matched to invoices, booked as something else, ignored. */
public enum EntryState {
    NEW,
    MATCHED,
    BOOKED,
    IGNORED
}
