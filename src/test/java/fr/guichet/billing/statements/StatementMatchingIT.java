package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestOrganisations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Automatic matching at import, each match explained (invoice number, then amount and customer by IBAN or name), the
 * payments recorded through payments with their statement line; the rest matched, split, booked or ignored by hand,
 * each act undone.
 */
class StatementMatchingIT extends IntegrationTest {

    @Autowired
    BankAccounts accounts;

    @Autowired
    StatementImporting importing;

    @Autowired
    StatementImports imports;

    @Autowired
    EntryReconciliation reconciliation;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    PaymentManagement payments;

    BankAccount account;
    LocalDate booked;

    @BeforeEach
    void anAccount() {
        account = accounts.add(BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", null), "test");
        booked = invoices.today();
    }

    @Test
    void anInvoiceNumberWrittenAnyHowMatchesAndPaysTheInvoice() {
        long customer = customer("Menuiserie");
        Invoice invoice = invoice(customer, "250.00");
        String written = invoice.getNumber().replace("-", " ").toLowerCase();

        List<StatementEntry> entries = importEntries(new CamtSamples.Credit(
                unique("R"), invoice.balance().amount().toPlainString(), "Paiement " + written, "MENUISERIE X", ""));

        StatementEntry entry = entries.get(0);
        assertThat(entry.state()).isEqualTo(EntryState.MATCHED);
        assertThat(entry.explanationKey()).isEqualTo("billing.statements.match.by-number");
        assertThat(entry.explanationArgs()).containsExactly(invoice.getNumber());
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments.get(entry.paymentId()).statementEntryId()).isEqualTo(entry.id());
        assertThat(payments.get(entry.paymentId()).organisationId()).isEqualTo(customer);
        assertThat(imports.get(entry.importId()).matchedCount()).isEqualTo(1);
    }

    @Test
    void anIbanFromAnEarlierPaymentOrTheCustomersNameWithTheExactAmountMatches() {
        long byIban = customer("Pharmacie");
        String iban = TestIbans.french();
        Invoice earlier = invoice(byIban, "40.00");
        payments.receive(
                new NewPayment(byIban, booked, earlier.balance(), PaymentMethod.TRANSFER, null, null, iban, null, null),
                List.of(new fr.guichet.billing.payments.NewAllocation(earlier.getId(), earlier.balance())),
                "test");
        Invoice open = invoice(byIban, "310.00");
        invoice(byIban, "75.00");

        long byName = customer("Quincaillerie");
        Invoice named = invoice(byName, "505.00");
        String name = customers.find(byName).orElseThrow().getName();

        List<StatementEntry> entries = importEntries(
                new CamtSamples.Credit(unique("R"), open.balance().amount().toPlainString(), "Merci", "X", iban),
                new CamtSamples.Credit(
                        unique("R"), named.balance().amount().toPlainString(), "Virement", name.toUpperCase(), ""),
                new CamtSamples.Credit(unique("R"), "1.00", "Virement", name.toUpperCase(), ""));

        assertThat(entries.get(0).explanationKey()).isEqualTo("billing.statements.match.by-amount-iban");
        assertThat(entries.get(0).explanationArgs().get(0)).isEqualTo(open.getNumber());
        assertThat(invoices.get(open.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(entries.get(1).explanationKey()).isEqualTo("billing.statements.match.by-amount-name");
        assertThat(entries.get(1).explanationArgs()).containsExactly(named.getNumber(), name);
        assertThat(entries.get(2).state())
                .as("no invoice of that amount: a clerk decides")
                .isEqualTo(EntryState.NEW);
    }

    @Test
    void aClerkSplitsAnEntryOverTwoInvoicesUndoesItAndMatchesItAgain() {
        long customer = customer("Garage");
        Invoice first = invoice(customer, "100.00");
        Invoice second = invoice(customer, "50.00");
        Money total = first.balance().plus(second.balance());
        StatementEntry entry = importEntries(new CamtSamples.Credit(
                        unique("R"), total.amount().toPlainString(), "Factures de mars", "GARAGE", ""))
                .get(0);
        assertThat(entry.state()).isEqualTo(EntryState.NEW);

        assertThatThrownBy(() -> reconciliation.match(
                        entry.id(),
                        entry.version(),
                        List.of(
                                new Share(first.getId(), first.balance()),
                                new Share(second.getId(), Money.euros("1.00"))),
                        "clerc"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "billing.statements.error.split-sum");

        reconciliation.match(
                entry.id(),
                entry.version(),
                List.of(new Share(first.getId(), first.balance()), new Share(second.getId(), second.balance())),
                "clerc");
        StatementEntry matched = imports.entriesOf(entry.importId()).get(0);
        assertThat(matched.state()).isEqualTo(EntryState.MATCHED);
        assertThat(matched.explanationKey()).isEqualTo("billing.statements.match.by-hand");
        assertThat(invoices.get(first.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(second.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);

        reconciliation.undo(entry.id(), matched.version(), "Mauvaises factures", "clerc");
        StatementEntry undone = imports.entriesOf(entry.importId()).get(0);
        assertThat(undone.state()).isEqualTo(EntryState.NEW);
        assertThat(invoices.get(first.getId()).balance()).isEqualTo(first.balance());
        assertThat(payments.creditOf(customer))
                .as("the money came: the customer's credit")
                .isEqualTo(total);

        reconciliation.match(entry.id(), undone.version(), List.of(new Share(first.getId(), first.balance())), "clerc");
        StatementEntry again = imports.entriesOf(entry.importId()).get(0);
        assertThat(again.paymentId()).as("the same payment, used again").isEqualTo(matched.paymentId());
        assertThat(invoices.get(first.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments.creditOf(customer)).isEqualTo(second.balance());

        reconciliation.undo(entry.id(), again.version(), "Finalement des frais", "clerc");
        StatementEntry waiting = imports.entriesOf(entry.importId()).get(0);
        reconciliation.book(entry.id(), waiting.version(), BookingKind.OTHER_INCOME, "758 Produits divers", "clerc");
        StatementEntry booked = imports.entriesOf(entry.importId()).get(0);
        assertThat(booked.state()).isEqualTo(EntryState.BOOKED);
        assertThat(booked.bookedLabel()).isEqualTo("758 Produits divers");
        assertThat(payments.creditOf(customer))
                .as("booked otherwise: the credit taken back")
                .isEqualTo(Money.euros("0"));
        assertThat(invoices.get(first.getId()).balance()).isEqualTo(first.balance());
    }

    @Test
    void anEntryIsIgnoredWithAReasonAndUndone() {
        StatementEntry entry = importEntries(
                        new CamtSamples.Credit(unique("R"), "12.34", "Virement interne", "SOCIETE", ""))
                .get(0);
        assertThatThrownBy(() -> reconciliation.ignore(entry.id(), entry.version(), " ", "clerc"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "billing.statements.error.ignore-reason");
        reconciliation.ignore(entry.id(), entry.version(), "Virement entre nos comptes", "clerc");
        StatementEntry ignored = imports.entriesOf(entry.importId()).get(0);
        assertThat(ignored.state()).isEqualTo(EntryState.IGNORED);
        assertThat(ignored.ignoreReason()).isEqualTo("Virement entre nos comptes");
        assertThatThrownBy(() -> reconciliation.ignore(entry.id(), ignored.version(), "Encore", "clerc"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "billing.statements.error.not-waiting");
        reconciliation.undo(entry.id(), ignored.version(), "Erreur", "clerc");
        assertThat(imports.entriesOf(entry.importId()).get(0).state()).isEqualTo(EntryState.NEW);
        assertThat(imports.entriesOf(entry.importId()).get(0).ignoreReason()).isNull();
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
