package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestOrganisations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reconciliation screen: suggestions ranked, a match by hand, a refused split and booking said at the entry. */
class ReconciliationPagesIT extends IntegrationTest {

    @Autowired
    BankAccounts accounts;

    @Autowired
    StatementImporting importing;

    @Autowired
    StatementImports imports;

    @Autowired
    InvoiceManagement invoices;

    @Test
    void aClerkMatchesAWaitingEntryToTheSuggestedInvoiceAndUndoesIt() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        long customer = customers
                .register(TestOrganisations.customerCompany(unique("Imprimerie")))
                .getId();
        Invoice invoice = invoice(customer, "321.00");
        Invoice other = invoice(customer, "10.00");
        BankAccount account =
                accounts.add(BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", null), "test");
        String amount = invoice.balance().amount().toPlainString();
        ImportOutcome outcome = importing.importFile(
                account.id(),
                "r.xml",
                CamtSamples.statement(
                        account.iban().value(),
                        invoices.today(),
                        new CamtSamples.Credit(unique("R"), amount, "Paiement commande", "PAYEUR INCONNU", "")),
                null,
                "test");
        StatementEntry entry = imports.entriesOf(outcome.importId()).get(0);
        assertThat(entry.state())
                .as("same amount, customer unknown: a clerk decides")
                .isEqualTo(EntryState.NEW);

        String page = send(get("/back/billing/reconciliation"), clerk).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("entry-" + entry.id())
                .contains(invoice.getNumber())
                .contains("même montant");

        MockHttpServletResponse badSplit = send(
                post("/back/billing/reconciliation/" + entry.id() + "/split")
                        .param("version", String.valueOf(entry.version()))
                        .param("invoiceId", String.valueOf(invoice.getId()), String.valueOf(other.getId()))
                        .param("amount", "1,00", "2,00"),
                clerk);
        assertThat(badSplit.getStatus()).isEqualTo(200);
        assertThat(badSplit.getContentAsString(StandardCharsets.UTF_8))
                .contains("entry-error-" + entry.id())
                .contains("elles doivent faire le montant de l’écriture");

        MockHttpServletResponse noLabel = send(
                post("/back/billing/reconciliation/" + entry.id() + "/book")
                        .param("version", String.valueOf(entry.version()))
                        .param("kind", "OTHER_INCOME")
                        .param("accountLabel", " "),
                clerk);
        assertThat(noLabel.getContentAsString(StandardCharsets.UTF_8)).contains("Donnez le compte ou la nature");

        MockHttpServletResponse matched = send(
                post("/back/billing/reconciliation/" + entry.id() + "/match")
                        .param("version", String.valueOf(entry.version()))
                        .param("invoiceId", String.valueOf(invoice.getId())),
                clerk);
        assertThat(matched.getStatus()).isEqualTo(302);
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);

        MockHttpServletResponse stale = send(
                post("/back/billing/reconciliation/" + entry.id() + "/ignore")
                        .param("version", String.valueOf(entry.version()))
                        .param("reason", "Doublon"),
                clerk);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("déjà été traitée");

        StatementEntry done = imports.entriesOf(outcome.importId()).get(0);
        String after = send(get("/back/billing/reconciliation"), clerk).getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Rapprochée de " + invoice.getNumber());

        MockHttpServletResponse noReason = send(
                post("/back/billing/reconciliation/" + entry.id() + "/undo")
                        .param("version", String.valueOf(done.version())),
                clerk);
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("Donnez la raison de l’annulation");
        MockHttpServletResponse undone = send(
                post("/back/billing/reconciliation/" + entry.id() + "/undo")
                        .param("version", String.valueOf(done.version()))
                        .param("reason", "Mauvaise facture"),
                clerk);
        assertThat(undone.getStatus()).isEqualTo(302);
        assertThat(invoices.get(invoice.getId()).balance()).isEqualTo(invoice.balance());
        assertThat(imports.entriesOf(outcome.importId()).get(0).state()).isEqualTo(EntryState.NEW);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
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
                                "Travaux",
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
