package fr.guichet.billing.reminders.web;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.reminders.AccountHolds;
import fr.guichet.billing.reminders.InvoiceDisputes;
import fr.guichet.billing.reminders.LateChargeInvoicing;
import fr.guichet.billing.reminders.LatePaymentClaim;
import fr.guichet.billing.reminders.PaymentPlanSplit;
import fr.guichet.billing.reminders.PaymentPlans;
import fr.guichet.billing.reminders.ReferenceRateManagement;
import fr.guichet.billing.reminders.Reminder;
import fr.guichet.billing.reminders.ReminderPolicy;
import fr.guichet.billing.reminders.ReminderReplies;
import fr.guichet.billing.reminders.ReminderSending;
import fr.guichet.billing.reminders.Reminders;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reminders block of an invoice's page in the back office ({@code ${@invoiceReminders.of(invoice)}} in
 * {@code billing/reminders/invoice-panel}): the reminders sent with their letters, what the invoice would owe if
 * reminded today, its dispute, its payment plan, what the customer answered, and whether its customer is on hold.
 */
@Component("invoiceReminders")
public class InvoiceReminderPanel {

    /** What the block shows. */
    public record Panel(
            boolean applies,
            List<Reminder> reminders,
            @Nullable LatePaymentClaim today,
            InvoiceDisputes.@Nullable Dispute dispute,
            PaymentPlans.@Nullable Plan plan,
            List<ReminderPolicy.Instalment> proposal,
            List<ReminderReplies.Reply> replies,
            AccountHolds.@Nullable Hold hold,
            @Nullable Long chargedBy) {}

    static final int PROPOSED_INSTALMENTS = 3;

    private final Reminders reminders;
    private final InvoiceDisputes disputes;
    private final PaymentPlans plans;
    private final ReminderReplies replies;
    private final AccountHolds holds;
    private final ReminderSending sending;
    private final ReferenceRateManagement rates;
    private final InvoiceManagement invoices;
    private final LateChargeInvoicing charges;

    InvoiceReminderPanel(
            Reminders reminders,
            InvoiceDisputes disputes,
            PaymentPlans plans,
            ReminderReplies replies,
            AccountHolds holds,
            ReminderSending sending,
            ReferenceRateManagement rates,
            InvoiceManagement invoices,
            LateChargeInvoicing charges) {
        this.charges = charges;
        this.reminders = reminders;
        this.disputes = disputes;
        this.plans = plans;
        this.replies = replies;
        this.holds = holds;
        this.sending = sending;
        this.rates = rates;
        this.invoices = invoices;
    }

    public Panel of(Invoice invoice) {
        boolean applies = invoice.getStatus().isIssued() && invoice.getKind() != InvoiceKind.CREDIT_NOTE;
        if (!applies) {
            return new Panel(false, List.of(), null, null, null, List.of(), List.of(), null, null);
        }
        LocalDate today = invoices.today();
        boolean overdue = invoice.isOverdue(today);
        PaymentPlans.Plan plan = plans.of(invoice.getId()).orElse(null);
        return new Panel(
                true,
                reminders.ofInvoice(invoice.getId()),
                overdue ? sending.claimOf(invoice, rates.lateInterest(), today) : null,
                disputes.of(invoice.getId()).orElse(null),
                plan,
                overdue && plan == null
                        ? PaymentPlanSplit.equal(invoice.balance(), PROPOSED_INSTALMENTS, today.plusMonths(1))
                        : List.of(),
                replies.ofInvoice(invoice.getId()),
                holds.of(invoice.getOrganisationId()).orElse(null),
                charges.chargedBy(invoice.getId()).orElse(null));
    }
}
