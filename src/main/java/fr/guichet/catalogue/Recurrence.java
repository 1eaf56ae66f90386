package fr.guichet.catalogue;

/** Whether an item is sold once or billed again every period. */
public enum Recurrence {
    ONE_OFF(0),
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The billing period in months (0: sold once). */
    public int months() {
        return months;
    }

    public boolean isRecurring() {
        return months > 0;
    }
}
