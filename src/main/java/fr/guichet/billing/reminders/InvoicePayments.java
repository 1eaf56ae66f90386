package fr.guichet.billing.reminders;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.payments.Allocation;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The payments of an invoice as dated amounts, for late-payment interest: its active allocations, each from the day
 * it was allocated ({@link PaymentManagement#activeAllocationsOf}). Whatever of the invoice's paid amount they do not
 * explain counts as paid on the due date (no interest is claimed on it).
 */
@Component
class InvoicePayments {

    private final PaymentManagement payments;

    InvoicePayments(PaymentManagement payments) {
        this.payments = payments;
    }

    List<DatedAmount> of(Invoice invoice) {
        List<DatedAmount> paid = new ArrayList<>();
        Money accounted = Money.zero(Money.EUR);
        for (Allocation allocation : payments.activeAllocationsOf(invoice.getId())) {
            paid.add(new DatedAmount(allocation.allocatedOn(), allocation.amount()));
            accounted = accounted.plus(allocation.amount());
        }
        Money rest = invoice.paidAmount().minus(accounted);
        if (rest.amount().signum() != 0 && invoice.getDueDate() != null) {
            paid.add(new DatedAmount(invoice.getDueDate(), rest));
        }
        return paid;
    }
}
