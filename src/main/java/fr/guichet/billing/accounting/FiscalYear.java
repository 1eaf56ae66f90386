package fr.guichet.billing.accounting;

import fr.guichet.billing.BillingRuleViolation;
import java.time.LocalDate;

/** A fiscal year: the calendar year (the common case of French SMEs), closed on 31 December. */
public record FiscalYear(int year) {

    public FiscalYear {
        if (year < 2000 || year > 2999) {
            throw new BillingRuleViolation("year", "billing.accounting.error.year");
        }
    }

    public LocalDate first() {
        return LocalDate.of(year, 1, 1);
    }

    /** The closing date, which the FEC's file name carries. */
    public LocalDate close() {
        return LocalDate.of(year, 12, 31);
    }
}
