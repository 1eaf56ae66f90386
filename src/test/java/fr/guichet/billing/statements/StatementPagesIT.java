package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestOrganisations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import's entries matched a page at a time (ADR 0040): the payments of a page recorded together with the rules of
 * one payment; a page with a match refused is matched one entry at a time, the refused one left for a clerk; two
 * imports of one file at once pay nothing twice.
 */
class StatementPagesIT extends IntegrationTest {

    @Autowired
    BankAccounts accounts;

    @Autowired
    StatementImporting importing;

    @Autowired
    StatementImports imports;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    PaymentManagement payments;

    @Autowired
    JdbcClient jdbc;

    BankAccount account;
    LocalDate booked;

    @BeforeEach
    void anAccount() {
        account = accounts.add(BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", null), "test");
        booked = invoices.today();
    }

    @Test
    void aPagesPaymentsPayTheirInvoicesRightToTheCent() {
        long customer = customer("Boulangerie");
        Invoice twice = invoice(customer, "100.00");
        Invoice partly = invoice(customer, "80.00");
        Invoice both = invoice(customer, "30.00");
        Money half = Money.euros("50.00");

        List<StatementEntry> entries = importEntries(
                new CamtSamples.Credit(unique("R"), "50.00", "Acompte " + twice.getNumber(), "BOULANGERIE", ""),
                new CamtSamples.Credit(
                        unique("R"),
                        twice.balance().minus(half).amount().toPlainString(),
                        "Solde " + twice.getNumber(),
                        "BOULANGERIE",
                        ""),
                new CamtSamples.Credit(unique("R"), "20.00", "Facture " + partly.getNumber(), "BOULANGERIE", ""),
                new CamtSamples.Credit(
                        unique("R"),
                        both.balance().plus(Money.euros("5.00")).amount().toPlainString(),
                        both.getNumber() + " et " + twice.getNumber(),
                        "BOULANGERIE",
                        ""));

        assertThat(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(EntryState.MATCHED));
        Invoice paid = invoices.get(twice.getId());
        assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paidAmount()).isEqualTo(twice.balance());
        assertThat(invoices.history(twice.getId()).stream()
                        .filter(e -> e.change().equals("payment"))
                        .map(e -> e.status()))
                .containsExactly(InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID);
        assertThat(invoices.get(partly.getId()).getStatus()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(invoices.get(partly.getId()).paidAmount().amount()).isEqualByComparingTo("20.00");
        assertThat(invoices.get(both.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(entries.get(3).explanationArgs())
                .as("the invoice paid in full by the entries before it is not paid again")
                .containsExactly(both.getNumber());
        assertThat(payments.creditOf(customer).amount())
                .as("what the last entry leaves is the customer's credit")
                .isEqualByComparingTo("5.00");
        assertThat(imports.get(entries.get(0).importId()).matchedCount()).isEqualTo(4);
        for (StatementEntry entry : entries) {
            assertThat(payments.get(entry.paymentId()).statementEntryId()).isEqualTo(entry.id());
        }
    }

    @Test
    void aPageWithOneMatchRefusedKeepsTheOthers() {
        long customer = customer("Fromagerie");
        Invoice first = invoice(customer, "100.00");
        Invoice refused = invoice(customer, "200.00");
        Invoice third = invoice(customer, "300.00");
        String ahead = unique("AHEAD");
        byte[] file = CamtSamples.statement(
                account.iban().value(),
                booked,
                credit(first, "Facture " + first.getNumber()),
                new CamtSamples.Credit(
                        ahead, refused.balance().amount().toPlainString(), "Facture " + refused.getNumber(), "X", ""),
                credit(third, "Facture " + third.getNumber()));
        // the bank books the second entry tomorrow: a payment of a day ahead, which payments refuse
        String xml = new String(file, StandardCharsets.UTF_8)
                .replace(
                        "<Dt>" + booked + "</Dt></BookgDt><AcctSvcrRef>" + ahead,
                        "<Dt>" + booked.plusDays(1) + "</Dt></BookgDt><AcctSvcrRef>" + ahead);

        ImportOutcome outcome = importing.importFile(
                account.id(), "test.xml", xml.getBytes(StandardCharsets.UTF_8), null, "Import test");
        List<StatementEntry> entries = imports.entriesOf(outcome.importId());

        assertThat(entries.get(1).bookingDate()).isEqualTo(booked.plusDays(1));
        assertThat(outcome.matched()).isEqualTo(2);
        assertThat(entries.get(0).state()).isEqualTo(EntryState.MATCHED);
        assertThat(entries.get(1).state()).as("refused: left for a clerk").isEqualTo(EntryState.NEW);
        assertThat(entries.get(1).paymentId()).isNull();
        assertThat(entries.get(2).state()).isEqualTo(EntryState.MATCHED);
        assertThat(invoices.get(first.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(refused.getId()).getStatus()).isEqualTo(InvoiceStatus.VALIDATED);
        assertThat(invoices.get(refused.getId()).paidAmount().amount()).isEqualByComparingTo("0.00");
        assertThat(invoices.get(third.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paymentsOfEntries(entries)).isEqualTo(2);
    }

    @Test
    void twoImportsOfOneFileAtOncePayNothingTwice() throws Exception {
        long customer = customer("Imprimerie");
        List<Invoice> open = new ArrayList<>();
        List<CamtSamples.Credit> credits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Invoice invoice = invoice(customer, (10 + i) + ".00");
            open.add(invoice);
            credits.add(credit(invoice, "Paiement " + invoice.getNumber()));
        }
        byte[] file = CamtSamples.statement(account.iban().value(), booked, credits.toArray(CamtSamples.Credit[]::new));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImportOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<ImportOutcome> run = () -> {
                start.await();
                return importing.importFile(account.id(), "same.xml", file, null, "Import test");
            };
            outcomes.add(pool.submit(run));
        }
        start.countDown();
        int created = 0;
        int matched = 0;
        int done = 0;
        for (Future<ImportOutcome> outcome : outcomes) {
            try {
                created += outcome.get().created();
                matched += outcome.get().matched();
                done++;
            } catch (java.util.concurrent.ExecutionException refused) {
                // the second may be refused outright when the database answers a duplicate key instead of waiting
            }
        }
        pool.shutdown();

        assertThat(done).isPositive();
        assertThat(created).as("each entry stored once").isEqualTo(30);
        assertThat(matched).as("each entry matched once").isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_statement_entry WHERE bank_account_id = :a")
                        .param("a", account.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE organisation_id = :o")
                        .param("o", customer)
                        .query(Long.class)
                        .single())
                .as("one payment per entry, none twice")
                .isEqualTo(30);
        for (Invoice invoice : open) {
            Invoice now = invoices.get(invoice.getId());
            assertThat(now.getStatus()).isEqualTo(InvoiceStatus.PAID);
            assertThat(now.paidAmount()).isEqualTo(invoice.balance());
        }
    }

    private long paymentsOfEntries(List<StatementEntry> entries) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_entry_id IN (:ids)")
                .param("ids", entries.stream().map(StatementEntry::id).toList())
                .query(Long.class)
                .single();
    }

    private CamtSamples.Credit credit(Invoice invoice, String remittance) {
        return new CamtSamples.Credit(unique("R"), invoice.balance().amount().toPlainString(), remittance, "X", "");
    }

    private List<StatementEntry> importEntries(CamtSamples.Credit... credits) {
        ImportOutcome outcome = importing.importFile(
                account.id(),
                "test.xml",
                CamtSamples.statement(account.iban().value(), booked, credits),
                null,
                "Import test");
        return imports.entriesOf(outcome.importId());
    }

    private long customer(String name) {
        return customers
                .register(TestOrganisations.customerCompany(unique(name)))
                .getId();
    }

    private Invoice invoice(long customer, String net) {
        Invoice draft = invoices.create(
                new InvoiceDraft(
                        customer,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Intervention",
                                BigDecimal.ONE,
                                Unit.HOUR,
                                Money.euros(net),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        return invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
    }
}
