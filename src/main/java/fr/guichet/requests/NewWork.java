package fr.guichet.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Work to record on a request, or an entry's new values: time ({@code minutes}, at the hourly item {@code itemCode}, the
 * first hourly item of the catalogue when none is given) or an intervention ({@code itemCode} and {@code quantity});
 * billable or covered by the customer's contract (none: what {@link WorkCoverage} suggests); the day it was done
 * (none: today) and a note.
 */
public record NewWork(
        WorkKind kind,
        @Nullable Integer minutes,
        @Nullable String itemCode,
        @Nullable BigDecimal quantity,
        @Nullable Boolean billable,
        @Nullable String note,
        @Nullable LocalDate workedOn) {

    /** Time spent, billable or not as the coverage suggests, today. */
    public static NewWork time(int minutes, @Nullable String note) {
        return new NewWork(WorkKind.TIME, minutes, null, null, null, note, null);
    }

    /** An intervention: a catalogue item and its quantity, today. */
    public static NewWork intervention(String itemCode, BigDecimal quantity, @Nullable String note) {
        return new NewWork(WorkKind.INTERVENTION, null, itemCode, quantity, null, note, null);
    }

    public NewWork withBillable(@Nullable Boolean billable) {
        return new NewWork(kind, minutes, itemCode, quantity, billable, note, workedOn);
    }

    public NewWork on(@Nullable LocalDate day) {
        return new NewWork(kind, minutes, itemCode, quantity, billable, note, day);
    }
}
