package fr.guichet.billing;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A deposit invoice a final invoice deducts: its number, date and amount including VAT, as they were validated. */
@Table("billing_invoice_deposit")
public record InvoiceDeposit(long depositId, String number, LocalDate issueDate, BigDecimal gross) {

    public Money grossAmount() {
        return new Money(gross, Money.EUR);
    }
}
