package fr.guichet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.shared.Money;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Sales administration keeps the catalogue; the public site shows its public items; the API reads and writes it. */
class CatalogueIT extends IntegrationTest {

    @Autowired
    CatalogueManagement catalogue;

    @Autowired
    ApiTokenManagement tokens;

    @LocalServerPort
    int port;

    @Test
    void theDemoCatalogueIsOnThePublicSiteInFrenchAndInEnglishWithoutRetiredOrPrivateItems() {
        HttpSession visitor = new HttpSession(port);
        String french = HtmlUtils.htmlUnescape(visitor.get("/services").body());
        assertThat(french)
                .contains("Infogérance du poste de travail")
                .contains("39,00\u00a0€")
                .contains("HT / poste")
                .contains("soit 46,80\u00a0€ TTC")
                .contains("art. 261-4-4° a du CGI")
                .doesNotContain("Pack Sérénité 2024")
                .doesNotContain("Migration vers Microsoft 365");
        String english = HtmlUtils.htmlUnescape(visitor.get("/services?lang=en").body());
        assertThat(english).contains("Managed workstation").contains("€39.00").contains("excl. VAT / device");
    }

    @Test
    void salesAdministrationAddsAnItemAndBadInputIsToldNextToItsFieldWithEverythingKept() {
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(office.get("/back/catalogue").body()).contains("INFOG-POSTE");
        assertThat(office.get("/back/catalogue/new").statusCode()).isEqualTo(200);
        String code = unique("SUPPORT").toUpperCase().replace('_', '-');

        String refused = HtmlUtils.htmlUnescape(office.post(
                        "/back/catalogue",
                        "code",
                        "mauvais code !",
                        "nameFr",
                        "Télémaintenance",
                        "nameEn",
                        "Remote maintenance",
                        "descriptionFr",
                        "Prise en main à distance",
                        "unit",
                        "HOUR",
                        "unitPrice",
                        "65,125",
                        "vatRate",
                        "ZERO",
                        "vatExemption",
                        "",
                        "recurrence",
                        "ONE_OFF",
                        "version",
                        "0")
                .body());
        assertThat(refused)
                .contains("id=\"unitPrice-error\"")
                .contains("au plus deux décimales")
                .contains("value=\"65,125\"")
                .contains("value=\"Télémaintenance\"")
                .contains("Prise en main à distance");

        String zeroVat = HtmlUtils.htmlUnescape(office.post(
                        "/back/catalogue",
                        "code",
                        code,
                        "nameFr",
                        "Télémaintenance",
                        "nameEn",
                        "Remote maintenance",
                        "unit",
                        "HOUR",
                        "unitPrice",
                        "65",
                        "vatRate",
                        "ZERO",
                        "vatExemption",
                        " ",
                        "recurrence",
                        "ONE_OFF",
                        "version",
                        "0")
                .body());
        assertThat(zeroVat).contains("id=\"vatExemption-error\"").contains("exige la mention d’exonération");

        HttpResponse<String> badCode = office.post(
                "/back/catalogue",
                "code",
                "mauvais code !",
                "nameFr",
                "Télémaintenance",
                "nameEn",
                "Remote maintenance",
                "unit",
                "HOUR",
                "unitPrice",
                "65",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF",
                "version",
                "0");
        assertThat(HtmlUtils.htmlUnescape(badCode.body()))
                .contains("id=\"code-error\"")
                .contains("majuscules");

        HttpResponse<String> saved = office.post(
                "/back/catalogue",
                "code",
                code.toLowerCase(),
                "nameFr",
                "Télémaintenance",
                "nameEn",
                "Remote maintenance",
                "unit",
                "HOUR",
                "unitPrice",
                "1 065,5",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF",
                "publicItem",
                "true",
                "version",
                "0");
        assertThat(saved.statusCode()).isEqualTo(302);
        CatalogueItem item = catalogue.byCode(code).orElseThrow();
        assertThat(item.getCode()).as("codes are kept in capitals").isEqualTo(code);
        assertThat(item.getUnitPrice()).isEqualTo(Money.euros("1065.50"));
        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get("/services").body()))
                .contains("Télémaintenance");

        HttpResponse<String> duplicate = office.post(
                "/back/catalogue",
                "code",
                code,
                "nameFr",
                "Autre",
                "nameEn",
                "Other",
                "unit",
                "HOUR",
                "unitPrice",
                "10",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF",
                "version",
                "0");
        assertThat(HtmlUtils.htmlUnescape(duplicate.body())).contains("Un article porte déjà ce code.");

        assertThat(office.post("/back/catalogue/" + item.getId() + "/retire").statusCode())
                .isEqualTo(302);
        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get("/services").body()))
                .doesNotContain("Télémaintenance");
        assertThat(catalogue.get(item.getId()).isActive()).isFalse();

        HttpResponse<String> stale = office.post(
                "/back/catalogue/" + item.getId(),
                "code",
                code,
                "nameFr",
                "Télémaintenance",
                "nameEn",
                "Remote maintenance",
                "unit",
                "HOUR",
                "unitPrice",
                "70",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF",
                "version",
                String.valueOf(item.getVersion()));
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Quelqu’un d’autre a modifié");
    }

    @Test
    void onlyBackOfficeStaffOpenTheCatalogueScreens() {
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(desk.get("/back/catalogue").statusCode()).isEqualTo(403);
        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        assertThat(customer.get("/back/catalogue").statusCode()).isIn(403, 404);
    }

    @Test
    void theApiReadsAndWritesTheCatalogueWithTheSameRules() throws Exception {
        String customerToken = apiTokenOf(customerUser());
        String staffToken = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "t", "test")
                .secret();

        assertThat(call(get("/api/v1/catalog"), staffToken, null).getContentAsString())
                .contains("\"code\":\"INFOG-POSTE\"")
                .contains("\"unitPriceWithVat\":46.80");
        assertThat(call(get("/api/v1/catalog/PACK-SERENITE-2024"), staffToken, null)
                        .getStatus())
                .as("back office reads retired items")
                .isEqualTo(200);
        assertThat(call(get("/api/v1/catalog?all=true"), staffToken, null).getContentAsString())
                .contains("PACK-SERENITE-2024");

        String code = unique("API").toUpperCase().replace('_', '-');
        String body =
                "{\"code\":\"" + code + "\",\"nameFr\":\"Supervision\",\"nameEn\":\"Monitoring\",\"unit\":\"MONTH\","
                        + "\"unitPrice\":%s,\"vatRate\":\"%s\",\"recurrence\":\"MONTHLY\",\"publicItem\":false%s}";
        MockHttpServletResponse threeDecimals =
                call(post("/api/v1/catalog"), staffToken, String.format(body, "12.345", "STANDARD", ""));
        assertThat(threeDecimals.getStatus()).isEqualTo(400);
        assertThat(threeDecimals.getContentAsString()).contains("unitPrice");
        MockHttpServletResponse noExemption =
                call(post("/api/v1/catalog"), staffToken, String.format(body, "12.30", "ZERO", ""));
        assertThat(noExemption.getStatus()).isEqualTo(422);
        assertThat(noExemption.getContentAsString()).contains("vatExemption");
        MockHttpServletResponse added =
                call(post("/api/v1/catalog"), staffToken, String.format(body, "12.30", "STANDARD", ""));
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getContentAsString()).contains("\"unitPriceWithVat\":14.76");
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(added.getContentAsString());
        assertThat(version.find()).isTrue();
        MockHttpServletResponse stale = call(
                put("/api/v1/catalog/" + code),
                staffToken,
                String.format(body, "13.00", "STANDARD", ",\"version\":" + (Integer.parseInt(version.group(1)) + 5)));
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse changed = call(
                put("/api/v1/catalog/" + code),
                staffToken,
                String.format(body, "13.00", "STANDARD", ",\"version\":" + version.group(1)));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(catalogue.byCode(code).orElseThrow().getUnitPrice()).isEqualTo(Money.euros("13.00"));

        assertThat(call(get("/api/v1/catalog/" + code), customerToken, null).getStatus())
                .as("not public: a customer does not see it")
                .isEqualTo(404);
        assertThat(call(get("/api/v1/catalog"), customerToken, null).getContentAsString())
                .contains("INFOG-POSTE")
                .doesNotContain(code)
                .doesNotContain("MIGRATION-M365");
        assertThat(call(post("/api/v1/catalog"), customerToken, String.format(body, "1.00", "STANDARD", ""))
                        .getStatus())
                .isEqualTo(403);
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
