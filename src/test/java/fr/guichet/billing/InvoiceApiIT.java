package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/v1/invoices: billing drafts, validates and credits; bad input refused whole; customers see only their own. */
class InvoiceApiIT extends IntegrationTest {

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.guichet.quotes.QuoteManagement quotes;

    private static final String LINE =
            "{\"description\":\"%s\",\"quantity\":%s,\"unit\":\"HOUR\",\"unitPrice\":%s,\"vatRate\":\"%s\"%s}";

    @Test
    void billingDraftsValidatesAndCreditsAnInvoiceThatItsCustomerAloneReads() throws Exception {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        String billing =
                tokens.issue(integrationUser(Role.BILLING).getId(), "t", "test").secret();
        String backOffice = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "t", "test")
                .secret();

        String body = "{\"organisationId\":" + organisation + ",\"purchaseOrder\":\"BC-77\",\"lines\":["
                + String.format(LINE, "Audit", "2", "450.00", "20", "") + ","
                + String.format(LINE, "Formation", "1.5", "300", "5.5", ",\"discountPercent\":10") + "]}";
        MockHttpServletResponse refused = call(post("/api/v1/invoices"), backOffice, body);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("only BILLING or ADMIN");

        MockHttpServletResponse created = call(post("/api/v1/invoices"), billing, body);
        assertThat(created.getStatus()).isEqualTo(201);
        String json = created.getContentAsString();
        long id = Long.parseLong(field(json, "id"));
        assertThat(json).contains("\"status\":\"DRAFT\"").contains("\"number\":null");
        // 900.00 at 20 % + 405.00 at 5.5 %: VAT 180.00 + 22.28
        assertThat(json).contains("\"totalNet\":1305.00").contains("\"totalVat\":202.28");

        MockHttpServletResponse customerReadsDraft = call(get("/api/v1/invoices/" + id), apiTokenOf(customer), null);
        assertThat(customerReadsDraft.getStatus())
                .as("a draft is not the customer's yet")
                .isEqualTo(404);

        MockHttpServletResponse stale = call(post("/api/v1/invoices/" + id + "/validate"), billing, "{\"version\":42}");
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse validated =
                call(post("/api/v1/invoices/" + id + "/validate"), billing, "{\"version\":" + version(json) + "}");
        assertThat(validated.getStatus()).isEqualTo(200);
        String number = field(validated.getContentAsString(), "number");
        assertThat(number).matches("\"FA-\\d{4}-\\d{6}\"");

        MockHttpServletResponse edit = call(
                post("/api/v1/invoices/" + id + "/lines"),
                billing,
                "{\"version\":" + version(validated.getContentAsString()) + ",\"line\":"
                        + String.format(LINE, "Ajout", "1", "10", "20", "") + "}");
        assertThat(edit.getStatus()).isEqualTo(422);
        assertThat(edit.getContentAsString()).contains("billing.error.not-draft");

        String customerToken = apiTokenOf(customer);
        assertThat(call(get("/api/v1/invoices/" + id), customerToken, null).getContentAsString())
                .contains(number);
        UserAccount stranger = customerUser();
        assertThat(call(get("/api/v1/invoices/" + id), apiTokenOf(stranger), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/invoices/" + id + "/pdf"), apiTokenOf(stranger), null)
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse pdf = call(get("/api/v1/invoices/" + id + "/pdf"), customerToken, null);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(call(get("/api/v1/invoices/" + id + "/factur-x"), customerToken, null)
                        .getContentAsString())
                .contains("CrossIndustryInvoice");

        MockHttpServletResponse credit =
                call(post("/api/v1/invoices/" + id + "/credit-notes"), billing, "{\"lines\":[]}");
        assertThat(credit.getStatus()).isEqualTo(201);
        assertThat(credit.getContentAsString())
                .contains("\"kind\":\"CREDIT_NOTE\"")
                .contains("\"creditedInvoiceId\":" + id)
                .contains("\"totalNet\":1305.00");
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSavedHalfWay() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        String billing =
                tokens.issue(integrationUser(Role.BILLING).getId(), "t", "test").secret();
        String good = String.format(LINE, "Bonne ligne", "1", "10", "20", "");
        assertRefused(billing, organisation, good, String.format(LINE, "x", "-1", "10", "20", ""), "quantity");
        assertRefused(billing, organisation, good, String.format(LINE, "x", "1", "10", "19.6", ""), "vatRate");
        assertRefused(billing, organisation, good, String.format(LINE, "x", "1", "10.123", "20", ""), "unitPrice");
        assertRefused(
                billing,
                organisation,
                good,
                String.format(LINE, "x", "1", "10", "20", ",\"discountPercent\":120"),
                "discountPercent");
        assertRefused(billing, organisation, good, String.format(LINE, "x", "1", "10", "0", ""), "exemptionNote");
        MockHttpServletResponse terms = call(
                post("/api/v1/invoices"),
                billing,
                "{\"organisationId\":" + organisation + ",\"paymentTermsDays\":50,\"paymentTermsEndOfMonth\":true,"
                        + "\"lines\":[" + good + "]}");
        assertThat(terms.getStatus()).isEqualTo(422);
        assertThat(terms.getContentAsString()).contains("\"paymentTermsDays\":\"billing.error.terms-max-eom\"");
        long othersQuote = quotes.draft(
                        customerUser().getCustomerOrganisationId(), null, "Devis", null, null, null, "test")
                .getId();
        long draftQuote = quotes.draft(organisation, null, "Devis", null, null, null, "test")
                .getId();
        MockHttpServletResponse quote = call(
                post("/api/v1/invoices"),
                billing,
                "{\"organisationId\":" + organisation + ",\"quoteId\":" + othersQuote + ",\"lines\":[" + good + "]}");
        assertThat(quote.getStatus())
                .as("an invoice names its own customer's accepted quote")
                .isEqualTo(422);
        assertThat(quote.getContentAsString()).contains("\"quoteId\":\"billing.error.quote\"");
        MockHttpServletResponse notAccepted = call(
                post("/api/v1/invoices"),
                billing,
                "{\"organisationId\":" + organisation + ",\"quoteId\":" + draftQuote + ",\"lines\":[" + good + "]}");
        assertThat(notAccepted.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE organisation_id = :o")
                        .param("o", organisation)
                        .query(Long.class)
                        .single())
                .as("nothing saved half-way")
                .isZero();
    }

    private void assertRefused(String token, long organisation, String good, String bad, String field)
            throws Exception {
        MockHttpServletResponse response = call(
                post("/api/v1/invoices"),
                token,
                "{\"organisationId\":" + organisation + ",\"lines\":[" + good + "," + bad + "]}");
        assertThat(response.getStatus()).as(bad).isEqualTo(422);
        assertThat(response.getContentAsString()).as(bad).contains("\"errors\":{\"" + field + "\"");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static int version(String json) {
        Matcher m = Pattern.compile("\"version\":(\\d+)}$").matcher(json);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        request = request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
