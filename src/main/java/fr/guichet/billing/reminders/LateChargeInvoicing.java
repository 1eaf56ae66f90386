package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices a late invoice's late-payment interest and recovery indemnity when billing decides: a draft invoice of the
 * customer with one line for each (outside the scope of VAT: 0 % with its reason), as of today; once per late
 * invoice ({@code billing_late_charge}'s key). Billing checks and validates the draft as any other.
 */
@Service
@Transactional
public class LateChargeInvoicing {

    private final JdbcClient jdbc;
    private final InvoiceManagement invoices;
    private final ReminderSending sending;
    private final ReferenceRateManagement rates;
    private final CustomerManagement customers;
    private final MessageSource messages;
    private final Clock clock;

    LateChargeInvoicing(
            JdbcClient jdbc,
            InvoiceManagement invoices,
            ReminderSending sending,
            ReferenceRateManagement rates,
            CustomerManagement customers,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.sending = sending;
        this.rates = rates;
        this.customers = customers;
        this.messages = messages;
        this.clock = clock;
    }

    /** The invoice that charged a late invoice's interest and indemnity, if one did. */
    @Transactional(readOnly = true)
    public Optional<Long> chargedBy(long invoiceId) {
        return jdbc.sql("SELECT charge_invoice_id FROM billing_late_charge WHERE invoice_id = :id")
                .param("id", invoiceId)
                .query(Long.class)
                .optional();
    }

    /** Drafts the invoice of what the late invoice owes today beyond its balance. */
    public Invoice draft(long invoiceId, String by) {
        Invoice late = invoices.get(invoiceId);
        LocalDate today = invoices.today();
        if (late.getKind() == InvoiceKind.CREDIT_NOTE || !late.isOverdue(today)) {
            throw new BillingRuleViolation("charges", "reminders.charges.error.not-overdue");
        }
        if (chargedBy(invoiceId).isPresent()) {
            throw new BillingRuleViolation("charges", "reminders.charges.error.done");
        }
        LatePaymentClaim claim = sending.claimOf(late, rates.lateInterest(), today);
        Locale language = Locale.forLanguageTag(customers.documentLanguageOf(late.getOrganisationId()));
        String outside = messages.getMessage("reminders.charges.vat", null, language);
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        if (claim.interest().amount().signum() > 0) {
            DateTimeFormatter dates =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language);
            lines.add(line(
                    messages.getMessage(
                            "reminders.charges.interest",
                            new Object[] {
                                late.getNumber(),
                                dates.format(late.getDueDate().plusDays(1)),
                                dates.format(today),
                                claim.daysLate()
                            },
                            language),
                    claim.interest(),
                    outside));
        }
        if (claim.indemnity().amount().signum() > 0) {
            lines.add(line(
                    messages.getMessage("reminders.charges.indemnity", new Object[] {late.getNumber()}, language),
                    claim.indemnity(),
                    outside));
        }
        if (lines.isEmpty()) {
            throw new BillingRuleViolation("charges", "reminders.charges.error.nothing");
        }
        Invoice draft = invoices.create(
                new InvoiceDraft(
                        late.getOrganisationId(),
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        late.getPurchaseOrder(),
                        null,
                        null,
                        null,
                        lines),
                by);
        try {
            jdbc.sql("INSERT INTO billing_late_charge (invoice_id, charge_invoice_id, as_of, interest, indemnity,"
                            + " created_at, created_by) VALUES (:invoice, :charge, :asOf, :interest, :indemnity, :at,"
                            + " :by)")
                    .param("invoice", invoiceId)
                    .param("charge", draft.getId())
                    .param("asOf", today)
                    .param("interest", claim.interest().amount())
                    .param("indemnity", claim.indemnity().amount())
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("by", by)
                    .update();
        } catch (DuplicateKeyException chargedMeanwhile) {
            // a colleague's click a moment before: this draft goes back with the transaction
            throw new BillingRuleViolation("charges", "reminders.charges.error.done");
        }
        return draft;
    }

    private static InvoiceDraft.Line line(String description, Money amount, String outsideVat) {
        return new InvoiceDraft.Line(
                null,
                description,
                BigDecimal.ONE,
                Unit.PACKAGE,
                amount,
                BigDecimal.ZERO,
                VatRate.ZERO,
                outsideVat,
                null,
                null);
    }
}
