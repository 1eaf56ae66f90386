package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalogue.Unit;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.QuoteSamples;
import fr.guichet.support.TestRequests;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an invoice names must be its customer's: a line billing another customer's request is refused (it would show
 * the invoice on that customer's request page), and a final invoice deducts only its own customer's deposits.
 */
class InvoiceOwnershipIT extends IntegrationTest {

    @Autowired
    fr.guichet.quotes.QuoteManagement quotes;

    @Autowired
    fr.guichet.company.TermsOfSaleManagement terms;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    RequestManagement requests;

    @Test
    void aLineBillingAnotherCustomersRequestIsRefusedAndNothingIsSaved() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        Request theirs = requests.submit(
                TestRequests.fromPortal(other, "Imprimante", "Elle ne marche plus"), TestRequests.actorOf(other));
        long organisation = customer.getCustomerOrganisationId();

        assertThatThrownBy(() -> invoices.create(draft(organisation, null, line(theirs.getId())), "test"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasMessageContaining("requestId");
        assertThat(invoices.ofOrganisation(organisation, 10)).isEmpty();

        Invoice empty = invoices.create(draft(organisation, null, line(null)), "test");
        assertThatThrownBy(() -> invoices.addLine(empty.getId(), empty.getVersion(), line(theirs.getId()), "test"))
                .isInstanceOf(BillingRuleViolation.class);
        assertThatThrownBy(() -> invoices.addLine(empty.getId(), empty.getVersion(), line(Long.MAX_VALUE), "test"))
                .isInstanceOf(BillingRuleViolation.class);
        assertThat(invoices.get(empty.getId()).getLines()).hasSize(1);
    }

    @Test
    void aDepositOrAFinalInvoiceNamesOnlyAnAcceptedQuoteOfItsOwnCustomer() {
        long customer = customerUser().getCustomerOrganisationId();
        long other = customerUser().getCustomerOrganisationId();
        long quote = QuoteSamples.acceptedQuoteOf(quotes, terms, customer, "compta@example.fr");
        InvoiceDraft otherDeposit =
                new InvoiceDraft(other, InvoiceKind.DEPOSIT, null, null, null, quote, null, null, List.of(line(null)));
        assertThatThrownBy(() -> invoices.create(otherDeposit, "test"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasMessageContaining("billing.error.quote");

        Invoice deposit = invoices.create(
                new InvoiceDraft(
                        customer, InvoiceKind.DEPOSIT, null, null, null, quote, null, null, List.of(line(null))),
                "test");
        invoices.validateDraft(deposit.getId(), deposit.getVersion(), "test");
        Invoice fin = invoices.create(draft(customer, quote, line(null)), "test");
        Invoice validated = invoices.validateDraft(fin.getId(), fin.getVersion(), "test");
        assertThat(validated.getDeposits())
                .singleElement()
                .satisfies(d -> assertThat(d.depositId()).isEqualTo(deposit.getId()));
    }

    private static InvoiceDraft draft(long organisation, Long quote, InvoiceDraft.Line line) {
        return new InvoiceDraft(organisation, InvoiceKind.INVOICE, null, null, null, quote, null, null, List.of(line));
    }

    private static InvoiceDraft.Line line(Long requestId) {
        return new InvoiceDraft.Line(
                null,
                "Intervention",
                BigDecimal.ONE,
                Unit.HOUR,
                Money.euros("100"),
                BigDecimal.ZERO,
                VatRate.STANDARD,
                null,
                requestId,
                null);
    }
}
