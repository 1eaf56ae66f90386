package fr.guichet.billing.reminders;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceParties;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.notifications.MailAttachment;
import fr.guichet.notifications.Mailer;
import fr.guichet.notifications.OutgoingMail;
import fr.guichet.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one reminder: computes what the invoice owes that day (balance, late-payment interest, recovery indemnity),
 * writes the reminder's row — which the unique (invoice, level, instalment) lets in once only: a second instance or a
 * second click finds it there and sends nothing — then the PDF letter and the email with the letter attached, in the
 * customer's language, all in one transaction of its own (the mail leaves once it commits).
 */
@Service
public class ReminderSending {

    /** What to remind: an invoice at a level; {@code instalment} above 0 for a payment plan's late instalment. */
    public record Order(
            long invoiceId,
            ReminderLevel level,
            int instalment,
            @Nullable Money instalmentDue) {}

    private final JdbcClient jdbc;
    private final InvoiceManagement invoices;
    private final InvoicePayments payments;
    private final CustomerManagement customers;
    private final ReminderLetter letters;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    ReminderSending(
            JdbcClient jdbc,
            InvoiceManagement invoices,
            InvoicePayments payments,
            CustomerManagement customers,
            ReminderLetter letters,
            Mailer mailer,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.payments = payments;
        this.customers = customers;
        this.letters = letters;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the invoice owes on {@code asOf}: interest and indemnity (none on a plan's instalment). */
    @Transactional(readOnly = true)
    public LatePaymentClaim claimOf(Invoice invoice, LateInterest interest, LocalDate asOf) {
        Organisation customer = customers.find(invoice.getOrganisationId()).orElseThrow();
        return LatePaymentClaim.of(
                new LatePaymentClaim.LateInvoice(
                        invoice.amountDue().minus(invoice.creditedAmount()),
                        invoice.getDueDate(),
                        payments.of(invoice),
                        invoice.getLateInterestRate(),
                        customer.getKind()),
                interest,
                asOf);
    }

    /**
     * Sends the reminder unless it was sent already (then nothing, empty).
     *
     * @param runId the run that sends it, none when a person does
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Long> send(Order order, LateInterest interest, LocalDate asOf, @Nullable Long runId, String by) {
        Invoice invoice = invoices.get(order.invoiceId());
        Organisation customer = customers.find(invoice.getOrganisationId()).orElseThrow();
        boolean instalment = order.instalment() > 0;
        LatePaymentClaim claim = claimOf(invoice, interest, asOf);
        Money balance = instalment && order.instalmentDue() != null ? order.instalmentDue() : invoice.balance();
        Money lateInterest = instalment ? Money.zero(Money.EUR) : claim.interest();
        Money indemnity = instalment ? Money.zero(Money.EUR) : claim.indemnity();
        Locale language = Locale.forLanguageTag(customers.documentLanguageOf(invoice.getOrganisationId()));
        String address = customer.getEmail() == null || customer.getEmail().isBlank()
                ? null
                : customer.getEmail().strip();
        int inserted = jdbc.sql(
                        "INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, run_id,"
                                + " as_of, sent_at, sent_by, balance, interest, indemnity, language, recipient)"
                                + " VALUES (:invoice, :level, :instalment, :org, :run, :asOf, :at, :by, :balance, :interest,"
                                + " :indemnity, :language, :recipient) ON CONFLICT DO NOTHING")
                .param("invoice", invoice.getId())
                .param("level", order.level().id())
                .param("instalment", order.instalment())
                .param("org", invoice.getOrganisationId())
                .param("run", runId)
                .param("asOf", asOf)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("balance", balance.amount())
                .param("interest", lateInterest.amount())
                .param("indemnity", indemnity.amount())
                .param("language", language.getLanguage())
                .param("recipient", address)
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        long id = jdbc.sql("SELECT id FROM billing_reminder WHERE invoice_id = :invoice AND level_id = :level"
                        + " AND instalment = :instalment")
                .param("invoice", invoice.getId())
                .param("level", order.level().id())
                .param("instalment", order.instalment())
                .query(Long.class)
                .single();
        Map<String, String> values = values(invoice, customer, balance, lateInterest, indemnity, claim, language);
        String subject = ReminderText.fill(order.level().subject(language), values);
        String body = ReminderText.fill(order.level().body(language), values);
        InvoiceParties parties = invoices.partiesOf(invoice);
        byte[] pdf = letters.pdf(letter(
                invoice,
                order.level(),
                parties,
                language,
                asOf,
                subject,
                body,
                balance,
                lateInterest,
                indemnity,
                instalment ? List.of() : claim.periods()));
        Long mailId = null;
        if (address != null) {
            OutgoingMail mail = mailer.send(
                    address,
                    language,
                    invoice.getNumber(),
                    "mail.reminder.subject",
                    "mail.reminder.body",
                    List.of(new MailAttachment(filename(order.level(), invoice, language), "application/pdf", pdf)),
                    subject,
                    body);
            mailId = mail.id();
        }
        jdbc.sql("UPDATE billing_reminder SET pdf = :pdf, mail_id = :mail WHERE id = :id")
                .param("pdf", pdf)
                .param("mail", mailId)
                .param("id", id)
                .update();
        return Optional.of(id);
    }

    /** "Relance-FA-2026-000042.pdf", "Reminder-…" in English. */
    public String filename(ReminderLevel level, Invoice invoice, Locale language) {
        return messages.getMessage(
                "reminderpdf.filename." + level.code(), new Object[] {invoice.getNumber()}, language);
    }

    private Map<String, String> values(
            Invoice invoice,
            Organisation customer,
            Money balance,
            Money interest,
            Money indemnity,
            LatePaymentClaim claim,
            Locale language) {
        Map<String, String> values = new HashMap<>();
        values.put("number", invoice.getNumber());
        values.put("dueDate", longDate(invoice.getDueDate(), language));
        values.put("balance", money(balance, language));
        values.put("interest", money(interest, language));
        values.put("indemnity", money(indemnity, language));
        values.put("total", money(balance.plus(interest).plus(indemnity), language));
        values.put("days", String.valueOf(claim.daysLate()));
        values.put("customer", customer.getName());
        return values;
    }

    private ReminderLetter.Content letter(
            Invoice invoice,
            ReminderLevel level,
            InvoiceParties parties,
            Locale language,
            LocalDate asOf,
            String subject,
            String body,
            Money balance,
            Money interest,
            Money indemnity,
            List<LateInterest.Period> periods) {
        DateTimeFormatter shortDates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language);
        return new ReminderLetter.Content(
                language,
                parties.seller(),
                parties.buyer(),
                longDate(asOf, language),
                messages.getMessage("reminderpdf.title." + level.code(), null, language),
                subject,
                Arrays.asList(body.split("\\R\\R")),
                invoice.getNumber(),
                shortDates.format(invoice.getIssueDate()),
                shortDates.format(invoice.getDueDate()),
                money(invoice.amountDue(), language),
                money(invoice.paidAmount().plus(invoice.creditedAmount()), language),
                money(balance, language),
                periods.stream()
                        .map(p -> new ReminderLetter.PeriodLine(
                                shortDates.format(p.from()),
                                shortDates.format(p.to()),
                                p.days(),
                                money(p.owed(), language),
                                rate(p.yearlyRate(), language)))
                        .toList(),
                money(interest, language),
                money(indemnity, language),
                money(balance.plus(interest).plus(indemnity), language),
                parties.iban() == null
                        ? null
                        : parties.iban().replaceAll("\\s+", "").replaceAll("(.{4})(?!$)", "$1 "),
                invoice.getNumber());
    }

    private static String rate(java.math.BigDecimal percent, Locale language) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(3);
        return format.format(percent);
    }

    private static String longDate(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)
                .format(date);
    }

    private static String money(Money amount, Locale language) {
        return amount.format(language).replace('\u202f', '\u00a0');
    }
}
