package fr.guichet.billing.reminders;

import fr.guichet.billing.Invoice;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payments of an invoice as dated amounts, for late-payment interest: the "payment" lines of its history (each
 * with its amount, negative for a cancelled one, and its day in Paris). Whatever of the invoice's paid amount the
 * history does not account for counts as paid on the due date (no interest is claimed on it).
 */
@Component
class InvoicePayments {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    InvoicePayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DatedAmount> of(Invoice invoice) {
        List<DatedAmount> paid = new ArrayList<>();
        BigDecimal accounted = BigDecimal.ZERO;
        List<Object[]> rows = jdbc.sql("SELECT occurred_at, detail FROM billing_invoice_event"
                        + " WHERE invoice_id = :id AND change = 'payment' ORDER BY id")
                .param("id", invoice.getId())
                .query((rs, n) ->
                        new Object[] {rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("detail")})
                .list();
        for (Object[] row : rows) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(((String) row[1]).strip());
            } catch (RuntimeException notAnAmount) {
                continue;
            }
            LocalDate day = ((OffsetDateTime) row[0]).atZoneSameInstant(PARIS).toLocalDate();
            paid.add(new DatedAmount(day, new Money(amount, Money.EUR)));
            accounted = accounted.add(amount);
        }
        BigDecimal rest = invoice.paidAmount().amount().subtract(accounted);
        if (rest.signum() != 0 && invoice.getDueDate() != null) {
            paid.add(new DatedAmount(invoice.getDueDate(), new Money(rest, Money.EUR)));
        }
        return paid;
    }
}
