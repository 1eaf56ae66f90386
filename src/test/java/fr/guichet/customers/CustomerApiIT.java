package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customers and contracts APIs, with the pages' access rules and problem details. */
class CustomerApiIT extends IntegrationTest {

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    ContractManagement contracts;

    @Test
    void staffReadAndWriteCustomersAndCustomersSeeOnlyTheirOwn() throws Exception {
        UserAccount customer = customerUser();
        String customerToken = apiTokenOf(customer);
        String staffToken = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "t", "test")
                .secret();
        String deskToken = tokens.issue(integrationUser(Role.FRONT_OFFICE).getId(), "t", "test")
                .secret();
        long own = customer.getCustomerOrganisationId();
        long other = customers.search("Fromagerie Chabert", 1).get(0).getId();

        assertThat(call(get("/api/v1/customers"), customerToken, null).getContentAsString())
                .contains("\"id\":" + own)
                .doesNotContain("\"id\":" + other + ",");
        assertThat(call(get("/api/v1/customers/" + other), customerToken, null).getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/customers/" + own + "/contacts"), customerToken, null)
                        .getStatus())
                .isEqualTo(200);
        assertThat(call(get("/api/v1/customers?q=chabert"), deskToken, null).getContentAsString())
                .contains("Fromagerie Chabert");

        String body = "{\"name\":\"%s\",\"kind\":\"COMPANY\",\"status\":\"PROSPECT\",\"siren\":\"%s\","
                + "\"email\":\"achats@exemple.fr\",\"phone\":\"04 78 00 00 01\"%s}";
        MockHttpServletResponse badSiren =
                call(post("/api/v1/customers"), staffToken, String.format(body, "Menuiserie API", "123456789", ""));
        assertThat(badSiren.getStatus()).isEqualTo(422);
        assertThat(badSiren.getContentAsString()).contains("\"siren\":\"customers.error.siren\"");
        MockHttpServletResponse deskWrites =
                call(post("/api/v1/customers"), deskToken, String.format(body, "Menuiserie API", "", ""));
        assertThat(deskWrites.getStatus())
                .as("the desk reads, sales administration writes")
                .isEqualTo(403);
        assertThat(deskWrites.getContentAsString())
                .as("the refusal says what the token's account lacks")
                .contains("has the roles FRONT_OFFICE")
                .contains("only BACK_OFFICE or ADMIN accounts change them")
                .contains("\"caller\"");
        MockHttpServletResponse created =
                call(post("/api/v1/customers"), staffToken, String.format(body, unique("Menuiserie API"), "", ""));
        assertThat(created.getStatus()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.getContentAsString());
        assertThat(id.find()).isTrue();
        MockHttpServletResponse stale = call(
                put("/api/v1/customers/" + id.group(1)),
                staffToken,
                String.format(body, "Menuiserie renommée", "", ",\"version\":42"));
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse contact = call(
                post("/api/v1/customers/" + id.group(1) + "/contacts"),
                staffToken,
                "{\"firstName\":\"Jeanne\",\"lastName\":\"Baron\",\"email\":\"jeanne@exemple.fr\",\"language\":\"FR\","
                        + "\"channel\":\"EMAIL\"}");
        assertThat(contact.getStatus()).isEqualTo(201);
        assertThat(call(get("/api/v1/customers/" + id.group(1) + "/contacts"), staffToken, null)
                        .getContentAsString())
                .contains("Jeanne");
        Matcher contactId = Pattern.compile("\"id\":(\\d+)").matcher(contact.getContentAsString());
        assertThat(contactId.find()).isTrue();
        assertThat(call(get("/api/v1/contacts?q=jeanne@exemple"), deskToken, null)
                        .getContentAsString())
                .contains("\"id\":" + contactId.group(1));
        assertThat(call(get("/api/v1/contacts/" + contactId.group(1)), customerToken, null)
                        .getStatus())
                .as("not the customer's organisation")
                .isEqualTo(404);
        MockHttpServletResponse refused = call(
                put("/api/v1/contacts/" + contactId.group(1)),
                staffToken,
                "{\"version\":1,\"contact\":{\"firstName\":\"Jeanne\",\"lastName\":\"Baron-Morel\","
                        + "\"mobile\":\"06 11\"}}");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"mobile\":\"customers.error.phone\"");
        MockHttpServletResponse saved = call(
                put("/api/v1/contacts/" + contactId.group(1)),
                staffToken,
                "{\"version\":1,\"contact\":{\"firstName\":\"Jeanne\",\"lastName\":\"Baron-Morel\"}}");
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("Baron-Morel");
    }

    @Test
    void contractsAreReadWithTheirTermsAndACustomerReadsOnlyItsOwn() throws Exception {
        UserAccount customer = customerUser();
        String customerToken = apiTokenOf(customer);
        String staffToken = tokens.issue(integrationUser(Role.FRONT_OFFICE).getId(), "t", "test")
                .secret();
        var today = contracts.today();
        Contract mine = contracts.draft(
                customer.getCustomerOrganisationId(),
                "Hotline",
                new ContractTerms(today.minusMonths(1), today.plusMonths(11), true, 12, 30));
        mine = contracts.addLine(mine.getId(), mine.getVersion(), "HOTLINE-PRO", new BigDecimal("3"), BigDecimal.TEN);
        mine = contracts.activate(mine.getId(), mine.getVersion());
        Contract draft = contracts.draft(
                customer.getCustomerOrganisationId(),
                "Brouillon",
                new ContractTerms(today, today.plusYears(1), false, 0, 0));
        Contract others = contracts.draft(
                customers.search("Fromagerie Chabert", 1).get(0).getId(),
                "Autre",
                new ContractTerms(today, today.plusYears(1), false, 0, 0));

        String list = call(get("/api/v1/contracts"), customerToken, null).getContentAsString();
        assertThat(list)
                .contains(mine.getReference())
                .contains("\"net\":33.75")
                .contains("\"noticeDeadline\":\"" + mine.terms().noticeDeadline(today) + "\"")
                .doesNotContain(draft.getReference())
                .doesNotContain(others.getReference());
        assertThat(call(get("/api/v1/contracts/" + others.getId()), customerToken, null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/contracts/" + others.getId()), staffToken, null)
                        .getStatus())
                .isEqualTo(200);
        String office = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "t", "test")
                .secret();
        MockHttpServletResponse drafted = call(
                post("/api/v1/contracts"),
                office,
                "{\"organisationId\":" + customer.getCustomerOrganisationId() + ",\"title\":\"Sauvegarde\","
                        + "\"startDate\":\"" + today + "\",\"initialEndDate\":\"" + today.minusDays(1)
                        + "\",\"autoRenewal\":true,\"renewalMonths\":12,\"noticeDays\":30}");
        assertThat(drafted.getStatus()).isEqualTo(422);
        assertThat(drafted.getContentAsString()).contains("\"initialEndDate\":\"contracts.error.end-before-start\"");
        drafted = call(
                post("/api/v1/contracts"),
                office,
                "{\"organisationId\":" + customer.getCustomerOrganisationId() + ",\"title\":\"Sauvegarde\","
                        + "\"startDate\":\"" + today + "\",\"initialEndDate\":\"" + today.plusYears(1)
                        + "\",\"autoRenewal\":true,\"renewalMonths\":12,\"noticeDays\":30}");
        assertThat(drafted.getStatus()).isEqualTo(201);
        Matcher newId = Pattern.compile("\"id\":(\\d+)").matcher(drafted.getContentAsString());
        assertThat(newId.find()).isTrue();
        String contractPath = "/api/v1/contracts/" + newId.group(1);
        MockHttpServletResponse line = call(
                post(contractPath + "/lines"),
                office,
                "{\"version\":1,\"itemCode\":\"SAUVEGARDE-1TO\",\"quantity\":2,\"discountPercent\":0}");
        assertThat(line.getStatus()).isEqualTo(201);
        assertThat(line.getContentAsString()).contains("\"net\":118.00");
        assertThat(call(post(contractPath + "/activate"), office, "{\"version\":1}")
                        .getStatus())
                .as("stale version")
                .isEqualTo(409);
        assertThat(call(post(contractPath + "/activate"), office, "{\"version\":2}")
                        .getContentAsString())
                .contains("\"status\":\"ACTIVE\"");
        assertThat(call(post(contractPath + "/cancel"), customerToken, "{\"version\":3}")
                        .getStatus())
                .as("a customer's token does not use the staff API to cancel")
                .isEqualTo(403);

        assertThat(call(get("/api/docs/openapi.json"), staffToken, null).getContentAsString())
                .contains("/api/v1/customers")
                .contains("/api/v1/contracts")
                .contains("/api/v1/catalog");
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
