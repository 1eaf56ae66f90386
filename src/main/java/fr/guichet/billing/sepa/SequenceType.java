package fr.guichet.billing.sepa;

/**
 * A debit's place in its mandate's series (pain.008 {@code SeqTp}): the first of a recurring mandate, a following one,
 * the one debit of a one-off mandate; {@code USED} is a one-off mandate already debited (no further debit).
 */
public enum SequenceType {
    FRST,
    RCUR,
    OOFF,
    USED;

    /** The type the debit after this one gets. */
    SequenceType next() {
        return switch (this) {
            case FRST, RCUR -> RCUR;
            case OOFF, USED -> USED;
        };
    }
}
