package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractBilling;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.VatRate;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * An accepted quote becomes, in one action of billing, a contract of its recurring lines and a deposit invoice of its
 * one-off lines (drafted through billing's InvoiceDrafting), each once; the front office cannot do it.
 */
class QuoteConversionIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    QuoteManagement quotes;

    @Autowired
    TermsOfSaleManagement terms;

    @Autowired
    ContractManagement contracts;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    fr.guichet.billing.InvoiceDrafting invoiceDrafting;

    @BeforeEach
    void termsOfSale() {
        long current = terms.current().map(t -> t.id()).orElse(0L);
        terms.change("Conditions générales de vente de test.", current, "test");
    }

    @Test
    void billingMakesTheContractAndTheDepositInvoiceInOneActionOnce() {
        UserAccount customer = customerUser();
        Quote quote = quotes.draft(
                customer.getCustomerOrganisationId(), null, "Infogérance 5 postes", null, null, null, "test");
        quote = quotes.addCatalogueLine(
                quote.getId(), quote.getVersion(), "HOTLINE-PRO", new BigDecimal("5"), BigDecimal.ZERO);
        quote = quotes.addLine(quote.getId(), quote.getVersion(), QuoteTest.line("80.00", "5", "0", VatRate.STANDARD));
        quote = quotes.addLine(quote.getId(), quote.getVersion(), QuoteTest.line("33.33", "1", "0", VatRate.REDUCED));
        assertThat(quote.getLines().get(0).recurrence()).isEqualTo(Recurrence.MONTHLY);
        quote = quotes.send(quote.getId(), quote.getVersion(), customer.getEmail(), "test");
        quote = quotes.accept(
                quote.getId(),
                quote.getVersion(),
                customer.getCustomerOrganisationId(),
                "Marie Martin",
                "Gérante",
                "192.0.2.1");

        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        desk.get("/desk/quotes/" + quote.getId());
        assertThat(desk.post(
                                "/back/billing/quotes/" + quote.getId() + "/convert",
                                "version",
                                "" + quote.getVersion(),
                                "contract",
                                "true")
                        .statusCode())
                .isEqualTo(403);

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(text(billing.get("/back/billing/quotes/" + quote.getId())))
                .contains("Créer le contrat de ses lignes récurrentes");
        HttpResponse<String> made = billing.post(
                "/back/billing/quotes/" + quote.getId() + "/convert",
                "version",
                "" + quote.getVersion(),
                "contract",
                "true",
                "invoice",
                "DEPOSIT",
                "depositPercent",
                "30");
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(text(billing.get("/back/billing/quotes/" + quote.getId())))
                .contains("Facture d’acompte créée.")
                .doesNotContain("Facture créée");

        Quote converted = quotes.get(quote.getId());
        Contract contract = contracts.get(converted.getContractId());
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.getOrganisationId()).isEqualTo(customer.getCustomerOrganisationId());
        assertThat(contract.getLines()).hasSize(1);
        assertThat(contract.getLines().get(0).itemCode()).isEqualTo("HOTLINE-PRO");
        assertThat(contract.getLines().get(0).quantity()).isEqualByComparingTo("5");
        assertThat(contract.billing())
                .as("invoiced by Guichet as its line recurs, in advance, drafts for billing to check")
                .isEqualTo(new ContractBilling(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE, false, null));

        Invoice deposit = invoices.get(converted.getInvoiceId());
        assertThat(deposit.getKind()).isEqualTo(InvoiceKind.DEPOSIT);
        assertThat(deposit.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(deposit.getQuoteId()).isEqualTo(quote.getId());
        assertThat(deposit.getOrganisationId()).isEqualTo(customer.getCustomerOrganisationId());
        // one line per VAT rate: 30 % of 400.00 at 20 %, 30 % of 33.33 at 5.5 %
        assertThat(deposit.getLines()).hasSize(2);
        assertThat(deposit.totals().net().amount()).isEqualByComparingTo("130.00");
        assertThat(deposit.getLines().get(0).description())
                .contains(quote.getReference())
                .startsWith("Acompte de 30 %");

        HttpResponse<String> again = billing.post(
                "/back/billing/quotes/" + quote.getId() + "/convert",
                "version",
                "" + converted.getVersion(),
                "contract",
                "true");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(text(again)).contains("Le contrat de ce devis est déjà créé.");
        assertThat(contracts.ofOrganisation(customer.getCustomerOrganisationId(), 10))
                .hasSize(1);

        // the deposit validated, the balance: a final invoice of the one-off lines that deducts it
        fr.guichet.billing.InvoiceDrafting drafting = invoiceDrafting;
        fr.guichet.billing.InvoiceDrafting.Drafted validatedDeposit =
                drafting.validate(deposit.getId(), deposit.getVersion(), "test");
        assertThat(text(billing.get("/back/billing/quotes/" + quote.getId()))).contains("Facture de solde");
        HttpResponse<String> balance = billing.post(
                "/back/billing/quotes/" + quote.getId() + "/convert",
                "version",
                "" + quotes.get(quote.getId()).getVersion(),
                "invoice",
                "INVOICE");
        assertThat(balance.statusCode()).isEqualTo(302);
        Quote finished = quotes.get(quote.getId());
        assertThat(finished.getInvoiceId()).isNotEqualTo(deposit.getId());
        Invoice finalInvoice = invoices.get(finished.getInvoiceId());
        assertThat(finalInvoice.getKind()).isEqualTo(InvoiceKind.INVOICE);
        assertThat(finalInvoice.getQuoteId()).isEqualTo(quote.getId());
        assertThat(finalInvoice.getLines()).hasSize(2);
        fr.guichet.billing.InvoiceDrafting.Drafted numbered =
                drafting.validate(finalInvoice.getId(), finalInvoice.getVersion(), "test");
        Invoice issued = invoices.get(numbered.id());
        assertThat(issued.prepaidAmount().amount())
                .as("the deposit deducted")
                .isEqualByComparingTo(
                        invoices.get(validatedDeposit.id()).totalGross().amount());
        assertThat(issued.amountDue().amount())
                .isEqualByComparingTo(
                        issued.totalGross().minus(issued.prepaidAmount()).amount());
        assertThat(billing.post(
                                "/back/billing/quotes/" + quote.getId() + "/convert",
                                "version",
                                "" + quotes.get(quote.getId()).getVersion(),
                                "invoice",
                                "INVOICE")
                        .statusCode())
                .as("once")
                .isEqualTo(200);
    }

    @Test
    void aQuoteNotAcceptedIsNotConverted() {
        UserAccount customer = customerUser();
        Quote quote = quotes.draft(
                customer.getCustomerOrganisationId(), null, "Pas encore accepté", null, null, null, "test");
        quote = quotes.addLine(quote.getId(), quote.getVersion(), QuoteTest.line("80.00", "1", "0", VatRate.STANDARD));
        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        billing.get("/back/billing/quotes/" + quote.getId());
        HttpResponse<String> refused = billing.post(
                "/back/billing/quotes/" + quote.getId() + "/convert",
                "version",
                "" + quote.getVersion(),
                "invoice",
                "INVOICE");
        assertThat(text(refused)).contains("Seul un devis accepté se transforme en contrat ou en facture.");
        assertThat(quotes.get(quote.getId()).getInvoiceId()).isNull();
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }
}
