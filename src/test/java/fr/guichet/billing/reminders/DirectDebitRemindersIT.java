package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.sepa.Batch;
import fr.guichet.billing.sepa.DebitDates;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.billing.sepa.Mandate;
import fr.guichet.billing.sepa.MandateKind;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.billing.sepa.NewMandate;
import fr.guichet.billing.sepa.SepaCreditor;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An overdue invoice that a SEPA direct debit is collecting (in a batch, its debit date after its due date) is not
 * reminded by the run; once the debit comes back rejected, the invoice is reminded like any other.
 */
class DirectDebitRemindersIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n% mandat signé\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    SepaCreditor creditor;

    @Autowired
    MandateManagement mandates;

    @Autowired
    DirectDebits debits;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    ReminderRuns runs;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCompanyHasACreditorIdentifier() {
        if (creditor.current().map(c -> !c.creditorId().equals("FR72ZZZ123456")).orElse(true)) {
            creditor.change(
                    "FR72ZZZ123456",
                    creditor.current().map(SepaCreditor.Change::id).orElse(0L),
                    "test");
        }
    }

    @Test
    void anInvoiceBeingDebitedIsNotRemindedUntilItsDebitComesBack() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        active(organisation);
        Invoice debited = sent(organisation);
        Batch batch = debits.create(targetDayFrom(debited.getDueDate()), "test");
        assertThat(debits.liveDebitOf(debited.getId())).isPresent();
        // its due date past by 20 days, its debit still to come (the debit date of a pre-notified debit may fall after
        // the due date); and another invoice of the same customer, as late, that no debit collects
        dueDaysAgo(debited, 20);
        Invoice notDebited = dueDaysAgo(sent(organisation), 20);
        assertThat(debits.liveDebitOf(notDebited.getId())).isEmpty();

        ReminderRun first = run();

        assertThat(first.status()).isEqualTo(ReminderRun.Status.DONE);
        assertThat(reminders.ofInvoice(notDebited.getId()))
                .as("the run did remind this customer's late invoice")
                .hasSize(1);
        assertThat(reminders.ofInvoice(debited.getId()))
                .as("the invoice a debit is collecting is not reminded")
                .isEmpty();

        debits.rejected(debited.getNumber(), "AM04", debits.today(), "banque");
        assertThat(debits.liveDebitOf(debited.getId())).isEmpty();
        assertThat(debits.debitsOf(batch.id()).stream().filter(d -> d.invoiceId() == debited.getId()))
                .singleElement()
                .satisfies(d -> assertThat(d.reasonCode()).isEqualTo("AM04"));

        run();

        assertThat(reminders.ofInvoice(debited.getId()))
                .as("its debit came back: it is reminded again")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.levelPosition()).isEqualTo(1);
                    assertThat(r.balance()).isEqualTo(Money.euros("240.00"));
                });
        assertThat(reminders.ofInvoice(notDebited.getId()))
                .as("never the same level twice")
                .hasSize(1);
    }

    private ReminderRun run() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (runs.ongoing().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return runs.runNow("test");
    }

    private Mandate active(long organisation) {
        Mandate mandate = mandates.create(
                new NewMandate(
                        organisation,
                        MandateKind.RECURRING,
                        "Débiteur " + organisation,
                        "FR7630004000031234567890143",
                        null),
                "test");
        return mandates.uploadProof(mandate.id(), mandate.version(), mandates.today(), "mandat.pdf", PDF, "test");
    }

    /** An invoice of 240 € (2 × 100 € + VAT), sent. */
    private Invoice sent(long organisationId) {
        Invoice draft = invoices.create(
                new InvoiceDraft(
                        organisationId,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Maintenance",
                                new BigDecimal("2"),
                                Unit.HOUR,
                                Money.euros("100.00"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        Invoice validated = invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
        return invoices.markSent(validated.getId(), validated.getVersion(), false, "test");
    }

    private Invoice dueDaysAgo(Invoice invoice, int days) {
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", runs.today().minusDays(days))
                .param("id", invoice.getId())
                .update();
        return invoices.get(invoice.getId());
    }

    private static LocalDate targetDayFrom(LocalDate day) {
        LocalDate date = day;
        while (!DebitDates.isTargetDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
