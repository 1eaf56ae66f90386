package fr.guichet.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.identity.Role;
import fr.guichet.support.AtOnce;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.InvoiceSamples;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Billing's payment pages: a payment from an invoice's page with its date and method; one payment spread over a
 * customer's invoices, the rest kept as credit; an allocation undone from the payment's page; bad input answered next
 * to its field with what was typed kept.
 */
class PaymentPagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    PaymentManagement payments;

    @Test
    void billingRecordsAPaymentFromTheInvoicePageAndBadInputIsAnsweredNextToItsField() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer, "100.00");
        HttpSession billing = billing();
        String page = billing.get("/back/billing/invoices/" + invoice.getId()).body();
        assertThat(page).contains("name=\"receivedOn\"").contains("name=\"method\"");

        HttpResponse<String> refused = billing.post(
                "/back/billing/invoices/" + invoice.getId() + "/payments",
                "version",
                String.valueOf(invoice.getVersion()),
                "receivedOn",
                payments.today().toString(),
                "method",
                "CHEQUE",
                "amount",
                "12,345",
                "reference",
                "Chèque 0042");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused)).contains("Ce montant ne se lit pas");
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("value=\"12,345\"")
                .contains("value=\"Chèque 0042\"");

        HttpResponse<String> badMethod = billing.post(
                "/back/billing/invoices/" + invoice.getId() + "/payments",
                "version",
                String.valueOf(invoice.getVersion()),
                "receivedOn",
                payments.today().toString(),
                "method",
                "BITCOIN",
                "amount",
                "10");
        assertThat(badMethod.statusCode())
                .as("a method that is none: the page again")
                .isEqualTo(200);
        assertThat(text(badMethod)).contains("Choisissez le moyen de paiement");
        assertThat(invoices.get(invoice.getId()).paidAmount().amount()).isEqualByComparingTo("0.00");

        HttpResponse<String> paid = billing.post(
                "/back/billing/invoices/" + invoice.getId() + "/payments",
                "version",
                String.valueOf(invoice.getVersion()),
                "receivedOn",
                payments.today().toString(),
                "method",
                "CHEQUE",
                "amount",
                "50,00",
                "reference",
                "Chèque 0042");
        assertThat(paid.statusCode()).isEqualTo(302);
        Invoice partly = invoices.get(invoice.getId());
        assertThat(partly.getStatus()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(text(billing.get("/back/billing/invoices/" + invoice.getId())))
                .contains("Chèque")
                .contains("Chèque 0042")
                .contains("50,00 €")
                .contains("Reste à payer 70,00 €");
    }

    @Test
    void onePaymentIsSpreadOverTheOldestInvoicesAndAnAllocationIsUndoneFromItsPage() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice older = issued(customer, "100.00"); // 120.00
        Invoice newer = issued(customer, "50.00"); // 60.00
        HttpSession billing = billing();
        billing.get("/back/billing/payments/new?organisationId=" + customer);

        HttpResponse<String> refused = billing.post(
                "/back/billing/payments",
                "organisationId",
                String.valueOf(customer),
                "receivedOn",
                "2026-02-30",
                "method",
                "TRANSFER",
                "amount",
                "150,00",
                "spread",
                "true");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused)).contains("Une date de réception valide");
        assertThat(refused.body()).contains("value=\"150,00\"");

        HttpResponse<String> saved = billing.post(
                "/back/billing/payments",
                "organisationId",
                String.valueOf(customer),
                "receivedOn",
                payments.today().toString(),
                "method",
                "TRANSFER",
                "amount",
                "200,00",
                "reference",
                "VIR CLIENT",
                "spread",
                "true");
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(invoices.get(older.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(newer.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        long paymentId = Long.parseLong(location.replaceAll(".*/payments/(\\d+).*", "$1"));
        assertThat(payments.get(paymentId).unallocated().amount()).isEqualByComparingTo("20.00");

        String paymentPage = text(billing.get("/back/billing/payments/" + paymentId));
        assertThat(paymentPage)
                .as("the amount in the flash written as French writes it")
                .contains("Paiement de 200,00 € enregistré")
                .contains(older.getNumber())
                .contains(newer.getNumber())
                .contains("20,00 €");
        long allocation = payments.allocationsOfPayment(paymentId).stream()
                .filter(a -> a.invoiceId() == newer.getId())
                .findFirst()
                .orElseThrow()
                .id();
        HttpResponse<String> noReason =
                billing.post("/back/billing/allocations/" + allocation + "/undo", "reason", "", "back", "payment");
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(text(billing.get("/back/billing/payments/" + paymentId))).contains("Donnez le motif");
        billing.post(
                "/back/billing/allocations/" + allocation + "/undo", "reason", "Mauvaise facture", "back", "payment");
        assertThat(invoices.get(newer.getId()).getStatus()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(text(billing.get("/back/billing/payments/" + paymentId))).contains("Mauvaise facture");
        assertThat(text(billing.get("/back/billing/payments?organisationId=" + customer)))
                .contains("VIR CLIENT")
                .contains("80,00 €");
    }

    @Test
    void aPaymentFormSentTwiceRecordsOnePaymentEvenWhenBothArriveAtOnce() throws Exception {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer, "10.00"); // 12.00
        HttpSession billing = billing();
        String form = billing.get("/back/billing/payments/new?organisationId=" + customer)
                .body();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"submission\" value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(key.find()).as("the form carries its key").isTrue();
        String[] fields = {
            "organisationId",
            String.valueOf(customer),
            "receivedOn",
            payments.today().toString(),
            "method",
            "CHEQUE",
            "amount",
            "3,21",
            "reference",
            "DOUBLE-CLIC",
            "submission",
            key.group(1),
            "alloc." + invoice.getId(),
            "3,21"
        };
        // a double click: both sendings at the same moment, in the same session
        List<HttpResponse<String>> both = AtOnce.call(2, () -> billing.post("/back/billing/payments", fields));
        assertThat(both).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(both.get(0).headers().firstValue("Location"))
                .isEqualTo(both.get(1).headers().firstValue("Location"));
        // and once more, later: the back button and "send again"
        assertThat(billing.post("/back/billing/payments", fields).statusCode()).isEqualTo(302);
        assertThat(payments.allocationsOf(invoice.getId())).hasSize(1);
        assertThat(invoices.get(invoice.getId()).paidAmount().amount()).isEqualByComparingTo("3.21");

        // a new form is a new key: a second payment of the same amount is recorded
        String again = billing.get("/back/billing/payments/new?organisationId=" + customer)
                .body();
        assertThat(again).doesNotContain(key.group(1));
    }

    private HttpSession billing() {
        HttpSession session = new HttpSession(port);
        session.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        return session;
    }

    private Invoice issued(long organisation, String net) {
        return InvoiceSamples.issued(invoices, organisation, net);
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }
}
