package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.Luhn;
import fr.guichet.shared.Siren;
import fr.guichet.shared.VatNumber;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Sales administration creates and edits customers: identifiers checked, duplicates pointed out, changes recorded. */
class CustomerMasterDataIT extends IntegrationTest {

    @Autowired
    CustomerMasterDataManagement masterData;

    @LocalServerPort
    int port;

    private static int sequence = 100;

    @Test
    void aNewCustomerWithValidIdentifiersIsCreatedAndEveryLaterChangeIsInItsHistory() {
        HttpSession office = backOffice();
        Siren siren = freshSiren();
        String siret = siret(siren);
        HttpResponse<String> created = office.post(
                "/back/customers",
                form(
                        "Menuiserie Baron",
                        siren.formatted(),
                        siret,
                        VatNumber.frenchOf(siren).value(),
                        "04 72 00 11 22",
                        "contact@menuiserie-baron.example",
                        "0"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Organisation saved = customers.find(id).orElseThrow();
        assertThat(saved.getSiren()).isEqualTo(siren.value());
        assertThat(saved.getSiret()).isEqualTo(siret);
        assertThat(saved.getVatNumber()).isEqualTo(VatNumber.frenchOf(siren).value());
        assertThat(saved.getTags()).as("tags trimmed, each once").containsExactly("PME", "Lyon");

        HttpResponse<String> changed = office.post(
                "/back/customers/" + id,
                form(
                        "Menuiserie Baron & Fils",
                        siren.value(),
                        siret,
                        "",
                        "04 72 00 11 23",
                        "contact@menuiserie-baron.example",
                        String.valueOf(saved.getVersion())));
        assertThat(changed.statusCode()).isEqualTo(302);
        String page = HtmlUtils.htmlUnescape(office.get("/back/customers/" + id).body())
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Historique des modifications")
                .contains("Menuiserie Baron → Menuiserie Baron & Fils")
                .contains("04 72 00 11 22 → 04 72 00 11 23")
                .contains(VatNumber.frenchOf(siren).value() + " → —");
        assertThat(masterData.history(id)).extracting(h -> h.field()).contains("name", "phone", "vatNumber", "created");

        HttpResponse<String> stale = office.post(
                "/back/customers/" + id,
                form("Autre nom", siren.value(), "", "", "", "", String.valueOf(saved.getVersion())));
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Quelqu’un d’autre a modifié");
    }

    @Test
    void invalidIdentifiersAreToldNextToTheirFieldsAndNothingTypedIsLost() {
        HttpSession office = backOffice();
        Siren siren = freshSiren();
        String page = HtmlUtils.htmlUnescape(
                office.post("/back/customers", form("Garage Vidal", "123 456 789", "", "", "", "", "0"))
                        .body());
        assertThat(page)
                .contains("id=\"siren-error\"")
                .contains("Ce SIREN n’est pas valide")
                .contains("value=\"Garage Vidal\"")
                .contains("value=\"123 456 789\"");

        Siren other = freshSiren();
        page = HtmlUtils.htmlUnescape(
                office.post("/back/customers", form("Garage Vidal", siren.value(), siret(other), "", "", "", "0"))
                        .body());
        assertThat(page).contains("id=\"siret-error\"").contains("appartient à une autre entreprise");

        page = HtmlUtils.htmlUnescape(office.post(
                        "/back/customers", form("Garage Vidal", siren.value(), "", "FR00" + siren.value(), "", "", "0"))
                .body());
        assertThat(page).contains("id=\"vatNumber-error\"").contains("numéro de TVA n’est pas valide");

        page = HtmlUtils.htmlUnescape(
                office.post("/back/customers", form("Garage Vidal", "", "", "", "04 72", "pas-un-courriel", "0"))
                        .body());
        assertThat(page).contains("id=\"email-error\"").contains("value=\"pas-un-courriel\"");
        page = HtmlUtils.htmlUnescape(office.post("/back/customers", form("Garage Vidal", "", "", "", "04 72", "", "0"))
                .body());
        assertThat(page).contains("id=\"phone-error\"").contains("value=\"04 72\"");
        assertThat(customers.search("Garage Vidal", 5)).isEmpty();
    }

    @Test
    void aLikelyDuplicateIsPointedOutAndASirenIsNeverGivenTwice() {
        HttpSession office = backOffice();
        Siren siren = freshSiren();
        assertThat(office.post(
                                "/back/customers",
                                form(
                                        "Imprimerie Roche",
                                        siren.value(),
                                        "",
                                        "",
                                        "04 73 99 88 77",
                                        "bonjour@roche.example",
                                        "0"))
                        .statusCode())
                .isEqualTo(302);

        String warned = HtmlUtils.htmlUnescape(
                office.post("/back/customers", form("Roche Impressions", "", "", "", "04.73.99.88.77", "", "0"))
                        .body());
        assertThat(warned)
                .contains("ont déjà le même SIREN, courriel ou téléphone")
                .contains("Imprimerie Roche")
                .contains("value=\"Roche Impressions\"");
        assertThat(customers.search("Roche Impressions", 5)).isEmpty();

        List<String> confirmed =
                new ArrayList<>(List.of(form("Roche Impressions", "", "", "", "04.73.99.88.77", "", "0")));
        confirmed.add("confirmDuplicate");
        confirmed.add("true");
        assertThat(office.post("/back/customers", confirmed.toArray(String[]::new))
                        .statusCode())
                .as("told it is another customer, the office creates it")
                .isEqualTo(302);

        List<String> sameSiren = new ArrayList<>(List.of(form("Roche Bis", siren.value(), "", "", "", "", "0")));
        sameSiren.add("confirmDuplicate");
        sameSiren.add("true");
        assertThat(HtmlUtils.htmlUnescape(office.post("/back/customers", sameSiren.toArray(String[]::new))
                        .body()))
                .contains("Un autre client a déjà ce SIREN.");
    }

    @Test
    void theListExportsAsAFrenchSpreadsheetReadsItAndAContactAsAVcard() {
        HttpSession office = backOffice();
        Siren siren = freshSiren();
        assertThat(office.post(
                                "/back/customers",
                                form("=HYPERLINK(\"http://x\";\"clic\")", siren.value(), "", "", "", "", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> csv = office.get("/back/customers/export.csv?q=" + siren.value());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFRaison sociale;Nom commercial;Type;Statut;SIREN");
        assertThat(csv.body().lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .as("a formula is shown, never run; quotes doubled inside quotes")
                .startsWith("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";;COMPANY;CUSTOMER;" + siren.value())
                .contains(";3 rue des Tanneurs;69002;Lyon;FR;");
        assertThat(office.get("/back/customers/export.csv").body().lines().count())
                .as("without a search, every customer")
                .isGreaterThan(40);

        Organisation demo = customers.search("Boulangerie Martin", 1).get(0);
        Contact contact = customers.contactsOf(demo.getId()).get(0);
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        HttpResponse<String> card =
                desk.get("/desk/customers/" + demo.getId() + "/contacts/" + contact.getId() + ".vcf");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vcard");
        assertThat(card.body())
                .startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                .contains("N:" + contact.getLastName() + ";" + contact.getFirstName() + ";;;\r\n")
                .contains("ORG:" + demo.getName().replace(",", "\\,"))
                .contains("EMAIL;TYPE=INTERNET,WORK:" + contact.getEmail())
                .endsWith("END:VCARD\r\n");
        assertThat(desk.get("/desk/customers/" + demo.getId() + "/contacts/999999.vcf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDeskCorrectsAPhoneNumberWhileTheCustomerIsOnTheLine() {
        Organisation organisation = masterData.create(
                new OrganisationProfile(
                        unique("Pressing Dumas"),
                        null,
                        OrganisationKind.COMPANY,
                        CustomerStatus.CUSTOMER,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "04 78 00 00 00",
                        null,
                        null,
                        null),
                "test");
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(desk.get("/desk/customers/" + organisation.getId()).body()).contains("quick-phone");
        String refused = HtmlUtils.htmlUnescape(desk.post(
                        "/desk/customers/" + organisation.getId() + "/quick",
                        "phone",
                        "04 7",
                        "email",
                        "",
                        "version",
                        "" + organisation.getVersion())
                .body());
        assertThat(refused).contains("id=\"quick-phone-error\"").contains("value=\"04 7\"");
        String badEmail = HtmlUtils.htmlUnescape(desk.post(
                        "/desk/customers/" + organisation.getId() + "/quick",
                        "phone",
                        "04 78 99 88 77",
                        "email",
                        "pas-un-courriel",
                        "version",
                        "" + organisation.getVersion())
                .body());
        assertThat(badEmail).contains("id=\"quick-email-error\"").contains("value=\"pas-un-courriel\"");
        assertThat(desk.post(
                                "/desk/customers/" + organisation.getId() + "/quick",
                                "phone",
                                "04 78 99 88 77",
                                "email",
                                "accueil@dumas.example",
                                "version",
                                "" + organisation.getVersion())
                        .statusCode())
                .isEqualTo(302);
        Organisation after = customers.find(organisation.getId()).orElseThrow();
        assertThat(after.getPhone()).isEqualTo("04 78 99 88 77");
        assertThat(after.getEmail()).isEqualTo("accueil@dumas.example");
        assertThat(masterData.history(organisation.getId()))
                .extracting(h -> h.field())
                .contains("phone", "email");
    }

    @Test
    void theDeskAndCustomersCannotEditMasterData() {
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(desk.get("/back/customers").statusCode()).isEqualTo(403);
        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        assertThat(customer.get("/back/customers/new").statusCode()).isIn(403, 404);
    }

    private HttpSession backOffice() {
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(office.get("/back/customers/new").statusCode()).isEqualTo(200);
        return office;
    }

    private static String[] form(
            String name, String siren, String siret, String vat, String phone, String email, String version) {
        return new String[] {
            "name",
            name,
            "tradeName",
            "",
            "kind",
            "COMPANY",
            "status",
            "CUSTOMER",
            "siren",
            siren,
            "siret",
            siret,
            "vatNumber",
            vat,
            "segment",
            "PME, Lyon , pme",
            "street",
            "3 rue des Tanneurs",
            "postalCode",
            "69002",
            "city",
            "Lyon",
            "country",
            "FR",
            "deliveryStreet",
            "",
            "deliveryPostalCode",
            "",
            "deliveryCity",
            "",
            "deliveryCountry",
            "",
            "phone",
            phone,
            "email",
            email,
            "accountManagerId",
            "",
            "notes",
            "Client fidèle",
            "version",
            version
        };
    }

    /** A Luhn-valid SIREN no demo customer has: 8 digits from a counter and time, then the check digit. */
    private static synchronized Siren freshSiren() {
        String base = String.format("%08d", (System.nanoTime() / 1000 + sequence++) % 100_000_000);
        return Siren.of(base + Luhn.checkDigit(base));
    }

    private static String siret(Siren siren) {
        String base = siren.value() + "0001";
        return base + Luhn.checkDigit(base);
    }

    /** The pages keep master data to the same people as the API: not a front-office team lead, though /back lets them in. */
    @Test
    void aFrontOfficeTeamLeadReadsCustomersButDoesNotChangeMasterData() throws Exception {
        AccountPrincipal lead = new AccountPrincipal(staff(Role.FRONT_OFFICE, Role.TEAM_LEAD));
        assertThat(lead.keepsMasterData()).isFalse();
        assertThat(mvc.perform(get("/back/customers").with(user(lead)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        long before = customers.count();
        for (String path : List.of("/back/customers", "/back/contracts", "/back/catalogue")) {
            assertThat(mvc.perform(post(path)
                                    .param("name", "Créé par l'accueil")
                                    .param("kind", "COMPANY")
                                    .with(user(lead))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(customers.count()).isEqualTo(before);
    }

    /** 67 tags typed in 200 characters come back joined by ", " (266): refused on the segment, not a database error. */
    @Test
    void aSegmentThatOutgrowsItsColumnOnceTidiedIsRefusedOnItsField() {
        String segment = String.join(
                ",",
                IntStream.range(0, 67)
                        .mapToObj(i -> (char) ('a' + i / 10) + String.valueOf(i % 10))
                        .toList());
        assertThat(segment.length()).isLessThanOrEqualTo(200);
        long before = customers.count();
        assertThatThrownBy(() -> masterData.create(company(unique("Segments"), segment, null), "test"))
                .isInstanceOf(CustomerRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "segment");
        assertThat(customers.count()).isEqualTo(before);
    }

    /** The account manager receives the customer's renewal alerts: an active staff member, never a customer or no one. */
    @Test
    void theAccountManagerIsAnActiveStaffMember() {
        long aCustomer = customerUser().getId();
        long before = customers.count();
        for (long manager : List.of(aCustomer, 987654321L)) {
            assertThatThrownBy(() -> masterData.create(company(unique("Gérée"), null, manager), "test"))
                    .isInstanceOf(CustomerRuleViolation.class)
                    .hasFieldOrPropertyWithValue("field", "accountManagerId");
        }
        assertThat(customers.count()).isEqualTo(before);
        long staffManager = staff(Role.BACK_OFFICE).getId();
        assertThat(masterData
                        .create(company(unique("Bien gérée"), null, staffManager), "test")
                        .getAccountManagerId())
                .isEqualTo(staffManager);
    }

    /** A company with only a name, a segment and an account manager, for the rules on those two fields. */
    private static OrganisationProfile company(String name, String segment, Long accountManagerId) {
        return new OrganisationProfile(
                name,
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                null,
                null,
                segment,
                null,
                null,
                null,
                null,
                accountManagerId,
                null);
    }
}
