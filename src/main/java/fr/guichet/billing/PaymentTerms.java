package fr.guichet.billing;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an invoice is due: {@code days} after its date, or, "fin de mois", at the end of the month in which those days
 * end (45 days end of month: the invoice date plus 45 days, then the last day of that month). The legal limits are
 * checked by {@link PaymentTermsPolicy}.
 */
public record PaymentTerms(int days, boolean endOfMonth) {

    /** 30 days net, the default of the code de commerce (L441-10). */
    public static final PaymentTerms DEFAULT = new PaymentTerms(30, false);

    public LocalDate dueDate(LocalDate issueDate) {
        LocalDate due = issueDate.plusDays(days);
        return endOfMonth ? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
    }
}
