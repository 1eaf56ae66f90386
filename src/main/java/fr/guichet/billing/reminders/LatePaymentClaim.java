package fr.guichet.billing.reminders;

import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a late invoice costs its customer on a day beyond what it asked: the late-payment interest to that day and the
 * fixed recovery indemnity (once per invoice). Nothing when the invoice is not late that day.
 */
public record LatePaymentClaim(Money interest, long daysLate, Money indemnity, List<LateInterest.Period> periods) {

    /** What a late invoice is: what it asked, its due date, its payments, its contractual rate, its customer's kind. */
    public record LateInvoice(
            Money due,
            LocalDate dueDate,
            List<DatedAmount> payments,
            BigDecimal contractualRate,
            OrganisationKind customerKind) {}

    public static LatePaymentClaim of(LateInvoice invoice, LateInterest interest, LocalDate asOf) {
        if (!asOf.isAfter(invoice.dueDate())) {
            Money none = Money.zero(invoice.due().currency());
            return new LatePaymentClaim(none, 0, none, List.of());
        }
        LateInterest.Computed computed =
                interest.on(invoice.due(), invoice.dueDate(), invoice.payments(), invoice.contractualRate(), asOf);
        return new LatePaymentClaim(
                computed.interest(),
                computed.days(),
                RecoveryIndemnity.owedBy(invoice.customerKind()),
                computed.periods());
    }

    public Money total() {
        return interest.plus(indemnity);
    }
}
