package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.sepa.Batch;
import fr.guichet.billing.sepa.Debit;
import fr.guichet.billing.sepa.DebitDates;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.billing.sepa.Mandate;
import fr.guichet.billing.sepa.MandateKind;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.billing.sepa.NewMandate;
import fr.guichet.billing.sepa.SepaCreditor;
import fr.guichet.billing.sepa.SequenceType;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.Role;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * A SEPA direct debit of ours coming back on a bank statement (camt.053 PMNT/IDDT/UPDD with its reason in RtrInf) is
 * matched to its debit by its end-to-end id, the invoice number: the debit rejected with the bank's reason (its payment
 * undone, the invoice asking its amount again, the mandate's series restarted when the reason says so), the line
 * explained "SEPA return of the invoice — the reason" on the reconciliation page and not left to a clerk; the return
 * of a debit Guichet does not know waits, said to be one; importing the statement again does nothing twice.
 */
class SepaReturnsIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n% mandat signé\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    SepaCreditor creditor;

    @Autowired
    MandateManagement mandates;

    @Autowired
    DirectDebits debits;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    PaymentManagement payments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    StatementImporting importing;

    @Autowired
    StatementImports imports;

    @Autowired
    EntryReconciliation reconciliation;

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
    void aReturnOnTheStatementRejectsItsDebitReopensTheInvoiceAndIsExplained() {
        long organisation = customerUser().getCustomerOrganisationId();
        Mandate mandate = active(organisation);
        Invoice invoice = issued(organisation, "100.00");
        Batch batch = debits.create(targetDayFrom(invoice.getDueDate()), "test");
        // the collection date comes (the batch's date moved to today: the application's clock does not move)
        jdbc.sql("UPDATE billing_sepa_batch SET collection_date = :today WHERE id = :id")
                .param("today", debits.today())
                .param("id", batch.id())
                .update();
        debits.collectDue(debits.today());
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.RCUR);
        BankAccount account =
                accounts.add(BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", null), "test");
        String unknownDebit = unique("FA-1999");
        byte[] statement = CamtSamples.returns(
                account.iban().value(),
                debits.today(),
                new CamtSamples.Return(unique("R"), "120.00", invoice.getNumber(), "MD01"),
                new CamtSamples.Return(unique("R"), "55.00", unknownDebit, "AM04"));

        ImportOutcome outcome = importing.importFile(account.id(), "retours.xml", statement, null, "banque");

        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.matched())
                .as("the return of our debit, not the unknown one")
                .isEqualTo(1);
        List<StatementEntry> entries = imports.entriesOf(outcome.importId());
        StatementEntry returned = entries.get(0);
        assertThat(returned.returnReason()).isEqualTo("MD01");
        assertThat(returned.state()).isEqualTo(EntryState.MATCHED);
        assertThat(returned.explanationKey()).isEqualTo(StatementEntry.SEPA_RETURN);
        assertThat(returned.explanationArgs()).containsExactly(invoice.getNumber(), "MD01");
        Debit debit = debits.debitsOf(batch.id()).stream()
                .filter(d -> d.invoiceId() == invoice.getId())
                .findFirst()
                .orElseThrow();
        assertThat(debit.status()).isEqualTo(Debit.Status.REJECTED);
        assertThat(debit.reasonCode()).isEqualTo("MD01");
        assertThat(debit.rejectedOn()).isEqualTo(debits.today());
        assertThat(debits.liveDebitOf(invoice.getId())).isEmpty();
        Invoice reopened = invoices.get(invoice.getId());
        assertThat(reopened.getStatus()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(reopened.balance()).isEqualTo(Money.euros("120.00"));
        assertThat(payments.allocationsOf(invoice.getId())).singleElement().satisfies(a -> {
            assertThat(a.isActive()).isFalse();
            assertThat(a.undoReason()).contains("MD01").contains(invoice.getNumber());
        });
        assertThat(payments.creditOf(organisation).amount())
                .as("the money went back to the debtor: no credit left to the customer")
                .isEqualByComparingTo("0.00");
        assertThat(mandates.get(mandate.id()).nextSequence())
                .as("no mandate, says the debtor's bank: the next debit is a first one again")
                .isEqualTo(SequenceType.FRST);
        StatementEntry unknown = entries.get(1);
        assertThat(unknown.state())
                .as("no debit of ours carries it: a clerk decides")
                .isEqualTo(EntryState.NEW);
        assertThat(unknown.isSepaReturn()).isTrue();

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        String page = text(billing.get("/back/billing/reconciliation"));
        assertThat(page)
                .contains("Retour SEPA de " + invoice.getNumber() + " — MD01 pas de mandat")
                .contains("Retour de prélèvement SEPA " + unknownDebit + ", motif AM04 provision insuffisante")
                .contains("Enregistré sur le prélèvement");
        assertThat(text(billing.get("/back/billing/statements/" + outcome.importId())))
                .contains("Retour SEPA de " + invoice.getNumber() + " — MD01 pas de mandat");
        HttpResponse<String> undo = billing.post(
                "/back/billing/reconciliation/" + returned.id() + "/undo",
                "version",
                String.valueOf(returned.version()),
                "reason",
                "erreur");
        assertThat(undo.statusCode()).as("the page again, with the reason").isEqualTo(200);
        assertThat(text(undo)).contains("ne s’annule pas ici");
        assertThatThrownBy(() -> reconciliation.undo(returned.id(), returned.version(), "erreur", "test"))
                .hasFieldOrPropertyWithValue("messageKey", "billing.statements.error.sepa-return-undo");

        ImportOutcome again = importing.importFile(account.id(), "retours.xml", statement, null, "banque");

        assertThat(again.created()).isZero();
        assertThat(again.known()).isEqualTo(2);
        assertThat(again.matched()).isZero();
        assertThat(invoices.get(invoice.getId()).balance()).isEqualTo(Money.euros("120.00"));
        assertThat(payments.creditOf(organisation).amount()).isEqualByComparingTo("0.00");
        assertThat(imports.entriesOf(outcome.importId()).get(0).state()).isEqualTo(EntryState.MATCHED);
    }

    @Test
    void aReturnOfAnotherAmountOrOfADebitAlreadyBackWaitsForAClerk() {
        long organisation = customerUser().getCustomerOrganisationId();
        active(organisation);
        Invoice invoice = issued(organisation, "40.00");
        Batch batch = debits.create(targetDayFrom(invoice.getDueDate()), "test");
        jdbc.sql("UPDATE billing_sepa_batch SET collection_date = :today WHERE id = :id")
                .param("today", debits.today())
                .param("id", batch.id())
                .update();
        debits.collectDue(debits.today());
        BankAccount account =
                accounts.add(BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", null), "test");

        ImportOutcome otherAmount =
                importing.importFile(account.id(), "r1.xml", returnOf(account, invoice, "47.00"), null, "b");
        assertThat(otherAmount.matched()).isZero();
        assertThat(debits.liveDebitOf(invoice.getId()))
                .as("a debit of 48,00 € is not what a return of 47,00 € names")
                .isPresent();
        assertThat(imports.entriesOf(otherAmount.importId()).get(0).state()).isEqualTo(EntryState.NEW);

        ImportOutcome back =
                importing.importFile(account.id(), "r2.xml", returnOf(account, invoice, "48.00"), null, "b");
        assertThat(back.matched()).isEqualTo(1);
        assertThat(debits.liveDebitOf(invoice.getId())).isEmpty();
        assertThat(invoices.get(invoice.getId()).balance()).isEqualTo(Money.euros("48.00"));

        ImportOutcome twice =
                importing.importFile(account.id(), "r3.xml", returnOf(account, invoice, "48.00"), null, "b");
        assertThat(twice.created())
                .as("another line (another bank reference) naming the same debit")
                .isEqualTo(1);
        assertThat(twice.matched())
                .as("the debit came back already: nothing rejected twice")
                .isZero();
        assertThat(imports.entriesOf(twice.importId()).get(0).state()).isEqualTo(EntryState.NEW);
        assertThat(invoices.get(invoice.getId()).balance()).isEqualTo(Money.euros("48.00"));
        assertThat(payments.creditOf(organisation).amount()).isEqualByComparingTo("0.00");
    }

    private byte[] returnOf(BankAccount account, Invoice invoice, String amount) {
        return CamtSamples.returns(
                account.iban().value(),
                debits.today(),
                new CamtSamples.Return(unique("R"), amount, invoice.getNumber(), "AM04"));
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

    private Invoice issued(long organisation, String net) {
        Invoice drafted = invoices.create(
                new InvoiceDraft(
                        organisation,
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
                                BigDecimal.ONE,
                                Unit.PACKAGE,
                                Money.euros(net),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        return invoices.validateDraft(drafted.getId(), drafted.getVersion(), "test");
    }

    private static LocalDate targetDayFrom(LocalDate day) {
        LocalDate date = day;
        while (!DebitDates.isTargetDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }
}
