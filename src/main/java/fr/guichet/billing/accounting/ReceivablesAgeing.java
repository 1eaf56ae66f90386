package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * The aged receivables on a day: per customer and in total, what is still owed on issued invoices (amount due less
 * what was paid and what credit notes took off), by how late it is, and the days sales outstanding.
 *
 * <p>DSO = owed today ÷ what was invoiced over the last {@value #DSO_DAYS} days (including VAT, less credit notes) ×
 * {@value #DSO_DAYS}; none when nothing was invoiced over that time.
 */
public record ReceivablesAgeing(LocalDate on, List<Row> customers, Row total) {

    public static final int DSO_DAYS = 90;

    /** How late: not yet due, 1 to 30 days past due, 31–60, 61–90, more than 90. */
    public enum Bucket {
        NOT_DUE,
        DAYS_0_30,
        DAYS_31_60,
        DAYS_61_90,
        OVER_90
    }

    /** One customer's (or the total's, without organisation) amounts per bucket and sales of the last 90 days. */
    public record Row(
            long organisationId,
            String name,
            Money notDue,
            Money days0To30,
            Money days31To60,
            Money days61To90,
            Money over90,
            Money sales) {

        public Money owed() {
            return notDue.plus(days0To30).plus(days31To60).plus(days61To90).plus(over90);
        }

        public Money overdue() {
            return owed().minus(notDue);
        }

        public List<Money> buckets() {
            return List.of(notDue, days0To30, days31To60, days61To90, over90);
        }

        /** Days sales outstanding, rounded to the day; none without sales. */
        public OptionalLong dso() {
            if (sales.amount().signum() <= 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(owed().amount()
                    .multiply(BigDecimal.valueOf(DSO_DAYS))
                    .divide(sales.amount(), 0, RoundingMode.HALF_UP)
                    .longValueExact());
        }

        Row plus(Row other) {
            return new Row(
                    0,
                    name,
                    notDue.plus(other.notDue),
                    days0To30.plus(other.days0To30),
                    days31To60.plus(other.days31To60),
                    days61To90.plus(other.days61To90),
                    over90.plus(other.over90),
                    sales.plus(other.sales));
        }

        static Row empty(long organisationId, String name) {
            Money zero = Money.zero(Money.EUR);
            return new Row(organisationId, name, zero, zero, zero, zero, zero, zero);
        }
    }
}
