package fr.guichet.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.InvoiceSamples;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/payments: a call repeated with its Idempotency-Key records one payment; an allocation that is null or names
 * an invoice twice is refused whole; a caller without BILLING is refused 403 whatever its body.
 */
class PaymentApiIT extends IntegrationTest {

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    PaymentManagement payments;

    @Test
    void aCallRepeatedWithItsIdempotencyKeyRecordsOnePayment() throws Exception {
        String billing =
                tokens.issue(integrationUser(Role.BILLING).getId(), "t", "test").secret();
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer);
        String key = "retry-" + UUID.randomUUID();
        String body = payment(customer, "5.00", "[{\"invoiceId\":" + invoice.getId() + ",\"amount\":5.00}]");

        MockHttpServletResponse first = call(post("/api/v1/payments").header("Idempotency-Key", key), billing, body);
        MockHttpServletResponse again = call(post("/api/v1/payments").header("Idempotency-Key", key), billing, body);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus())
                .as("the retry is told what the first call did")
                .isEqualTo(200);
        assertThat(id(again.getContentAsString())).isEqualTo(id(first.getContentAsString()));
        assertThat(payments.allocationsOf(invoice.getId())).hasSize(1);

        MockHttpServletResponse otherAmount =
                call(post("/api/v1/payments").header("Idempotency-Key", key), billing, payment(customer, "6.00", "[]"));
        assertThat(otherAmount.getStatus()).isEqualTo(422);
        assertThat(otherAmount.getContentAsString()).contains("submission");

        MockHttpServletResponse badKey =
                call(post("/api/v1/payments").header("Idempotency-Key", "a key with spaces"), billing, body);
        assertThat(badKey.getStatus()).isEqualTo(422);
        assertThat(payments.allocationsOf(invoice.getId()))
                .as("nothing more recorded")
                .hasSize(1);

        // without a key, each call is a payment of its own
        assertThat(call(post("/api/v1/payments"), billing, payment(customer, "1.00", "[]"))
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void aNullAllocationOrAnInvoiceNamedTwiceIsRefusedAndACallerWithoutBillingIsRefusedFirst() throws Exception {
        String billing =
                tokens.issue(integrationUser(Role.BILLING).getId(), "t", "test").secret();
        String backOffice = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "t", "test")
                .secret();
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer);

        MockHttpServletResponse nullAllocation =
                call(post("/api/v1/payments"), billing, payment(customer, "5.00", "[null]"));
        assertThat(nullAllocation.getStatus()).isEqualTo(400);
        assertThat(nullAllocation.getContentType()).contains("problem+json");

        String twice = "[{\"invoiceId\":" + invoice.getId() + ",\"amount\":2.00},{\"invoiceId\":" + invoice.getId()
                + ",\"amount\":3.00}]";
        MockHttpServletResponse namedTwice = call(post("/api/v1/payments"), billing, payment(customer, "5.00", twice));
        assertThat(namedTwice.getStatus()).isEqualTo(422);
        assertThat(namedTwice.getContentAsString()).contains("allocations");
        assertThat(payments.allocationsOf(invoice.getId())).as("refused whole").isEmpty();

        MockHttpServletResponse hugeAmount =
                call(post("/api/v1/payments"), billing, payment(customer, "1E+999999999", "[]"));
        assertThat(hugeAmount.getStatus()).isEqualTo(422);

        for (String bad : new String[] {"{}", "{\"amount\":\"x\"}", payment(customer, "5.00", "[null]")}) {
            assertThat(call(post("/api/v1/payments"), backOffice, bad).getStatus())
                    .as("no BILLING: 403 before the body is read: " + bad)
                    .isEqualTo(403);
        }
        assertThat(call(post("/api/v1/invoices/" + invoice.getId() + "/payments"), backOffice, "{}")
                        .getStatus())
                .isEqualTo(403);
    }

    private Invoice issued(long customer) {
        return InvoiceSamples.issued(invoices, customer, "10.00");
    }

    private String payment(long customer, String amount, String allocations) {
        return "{\"organisationId\":" + customer + ",\"receivedOn\":\"" + payments.today() + "\",\"amount\":" + amount
                + ",\"method\":\"TRANSFER\",\"allocations\":" + allocations + "}";
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }
}
