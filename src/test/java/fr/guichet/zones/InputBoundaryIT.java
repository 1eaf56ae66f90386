package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.customers.CustomerImportManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Bad input at the boundary (issue 11, ADR 0014): texts over their column's size, forms and uploads over the size
 * limits, numbers that would take seconds to compute, values of the wrong type on the API, control characters, LIKE
 * wildcards in a search, an import mapping sent by hand. Each gets a clear answer, never a 500.
 */
class InputBoundaryIT extends IntegrationTest {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    ContractManagement contracts;

    @Autowired
    CustomerImportManagement imports;

    @Test
    void aFormOverTheSizeLimitGetsTheZonesErrorPageStatingTheLimit() {
        HttpSession agent = new HttpSession(port);
        agent.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        agent.get("/desk/requests/new");
        HttpResponse<String> refused =
                agent.post("/desk/requests", "subject", "Trop long", "description", "a".repeat(3 * MB));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(text(refused)).contains("zone-desk").contains("2 Mo au plus");
    }

    @Test
    void anUploadOverTheSizeLimitGetsTheZonesErrorPageStatingTheLimit() {
        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        customer.get("/portal/requests/new?lang=en");
        HttpResponse<String> refused =
                customer.postMultipart("/portal/requests", "files", "scan.pdf", new byte[51 * MB]);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(text(refused)).contains("zone-portal").contains("50 MB at most per file");
    }

    @Test
    void anUploadOverTheSizeLimitOnTheApiIsA413ProblemStatingTheLimit() {
        String token = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "limits", "test")
                .secret();
        HttpResponse<String> refused = new HttpSession(port)
                .postMultipart(
                        "/api/v1/requests", "file", "big.bin", new byte[61 * MB], "Authorization", "Bearer " + token);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("60 MB").contains("\"limitMegabytes\":60");

        HttpResponse<String> json = new HttpSession(port)
                .json(
                        "POST",
                        "/api/v1/requests",
                        "{\"subject\":\"" + "s".repeat(61 * MB) + "\"}",
                        "Authorization",
                        "Bearer " + token);
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.body()).contains("60 MB");
    }

    @Test
    void textsOverTheirColumnAreRefusedNextToTheFieldWithTheLimitAndTheTypedTextKept() {
        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        customer.get("/portal/requests/new");
        HttpResponse<String> portal = customer.post(
                "/portal/requests",
                "subject",
                "Sujet gardé",
                "category",
                "TECHNICAL",
                "description",
                "d".repeat(20_001));
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(text(portal))
                .contains("id=\"description-error\"")
                .contains("20000 caractères au plus")
                .contains("value=\"Sujet gardé\"");

        HttpSession agent = new HttpSession(port);
        agent.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        agent.get("/desk/requests/new");
        HttpResponse<String> desk = agent.post(
                "/desk/requests",
                "requesterName",
                "Appelant gardé",
                "channel",
                "PHONE",
                "category",
                "TECHNICAL",
                "subject",
                "Sujet",
                "description",
                "d".repeat(20_001),
                "resolvedNow",
                "false");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(text(desk)).contains("20000 caractères au plus").contains("value=\"Appelant gardé\"");
        agent.get("/desk/internal-requests/new");
        HttpResponse<String> internal = agent.post(
                "/desk/internal-requests", "category", "INTERNAL_IT", "subject", "s".repeat(201), "description", "D");
        assertThat(internal.statusCode()).isEqualTo(200);
        assertThat(text(internal)).contains("200 caractères au plus");

        HttpSession visitor = new HttpSession(port);
        visitor.get("/contact");
        HttpResponse<String> contact = visitor.post(
                "/contact",
                "name",
                "Visiteur gardé",
                "email",
                "visiteur@example.fr",
                "category",
                "OTHER",
                "subject",
                "Sujet",
                "message",
                "m".repeat(5_001));
        assertThat(contact.statusCode()).isEqualTo(200);
        assertThat(text(contact)).contains("5000 caractères au plus").contains("value=\"Visiteur gardé\"");

        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        office.get("/back/customers/new");
        HttpResponse<String> customerForm = office.post(
                "/back/customers",
                "name",
                "n".repeat(201),
                "kind",
                "COMPANY",
                "status",
                "PROSPECT",
                "city",
                "Ville gardée",
                "country",
                "FR",
                "version",
                "0");
        assertThat(customerForm.statusCode()).isEqualTo(200);
        assertThat(text(customerForm)).contains("200 caractères au plus").contains("value=\"Ville gardée\"");
    }

    @Test
    void textsOverTheirColumnAreRefusedByTheApiNamingTheField() {
        String staffToken = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "limits", "test")
                .secret();
        HttpSession api = new HttpSession(port);
        HttpResponse<String> request = api.json(
                "POST",
                "/api/v1/requests",
                "{\"subject\":\"Long\",\"category\":\"OTHER\",\"requesterName\":\"Paul\",\"description\":\""
                        + "d".repeat(20_001) + "\"}",
                "Authorization",
                "Bearer " + staffToken);
        assertThat(request.statusCode()).isEqualTo(400);
        assertThat(request.body()).contains("\"description\"");

        HttpResponse<String> customer = api.json(
                "POST",
                "/api/v1/customers",
                "{\"name\":\"" + unique("Rue longue") + "\",\"kind\":\"COMPANY\",\"status\":\"PROSPECT\","
                        + "\"address\":{\"street\":\"" + "r".repeat(201) + "\",\"city\":\"Lyon\",\"country\":\"FR\"}}",
                "Authorization",
                "Bearer " + staffToken);
        assertThat(customer.statusCode()).isBetween(400, 422);
        assertThat(customer.body()).contains("\"street\"");
    }

    @Test
    void theApiNamesTheFieldOfAValueOfTheWrongTypeAndRefusesEnumPositions() {
        String token = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "types", "test")
                .secret();
        HttpSession api = new HttpSession(port);
        for (String category : new String[] {"\"NOPE\"", "0", "\"0\""}) {
            HttpResponse<String> refused = api.json(
                    "POST",
                    "/api/v1/requests",
                    "{\"subject\":\"S\",\"description\":\"D\",\"requesterName\":\"Paul\",\"category\":" + category
                            + "}",
                    "Authorization",
                    "Bearer " + token);
            assertThat(refused.statusCode()).as(category).isEqualTo(400);
            assertThat(refused.body()).as(category).contains("\"errors\":{\"category\":\"Expected one of: ");
        }
        HttpResponse<String> wrongId = api.get("/api/v1/customers/abc", "Authorization", "Bearer " + token);
        assertThat(wrongId.statusCode()).isEqualTo(400);
        assertThat(wrongId.body()).contains("\"errors\":{\"id\":\"Expected a number.\"}");

        HttpResponse<String> nested = api.json(
                "POST",
                "/api/v1/customers",
                "{\"name\":\"X\",\"kind\":\"COMPANY\",\"status\":\"PROSPECT\",\"accountManagerId\":\"moi\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("\"accountManagerId\":\"Expected a number.\"");
    }

    @Test
    void hugeNumbersAreRefusedAtOnceWithTheFieldsMessage() {
        Organisation organisation = customers.search("Fromagerie Chabert", 1).get(0);
        LocalDate today = contracts.today();
        Contract draft = contracts.draft(
                organisation.getId(),
                unique("Contrat"),
                new ContractTerms(today.minusMonths(1), today.plusMonths(11), true, 12, 90));
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        office.get("/back/contracts/" + draft.getId());
        for (String quantity : new String[] {"1e999999", "1E+2147483647", "9".repeat(5000), "12345678901"}) {
            long start = System.nanoTime();
            HttpResponse<String> refused = office.post(
                    "/back/contracts/" + draft.getId() + "/lines",
                    "version",
                    "" + draft.getVersion(),
                    "itemCode",
                    "INFOG-POSTE",
                    "quantity",
                    quantity,
                    "discountPercent",
                    "0");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(text(refused)).contains("Indiquez une quantité positive");
        }

        String token = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "numbers", "test")
                .secret();
        long start = System.nanoTime();
        HttpResponse<String> api = new HttpSession(port)
                .json(
                        "POST",
                        "/api/v1/contracts/" + draft.getId() + "/lines",
                        "{\"version\":" + draft.getVersion()
                                + ",\"itemCode\":\"INFOG-POSTE\",\"quantity\":1e999999,\"discountPercent\":0}",
                        "Authorization",
                        "Bearer " + token);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"quantity\"");
        assertThat(contracts.get(draft.getId()).getLines()).isEmpty();
    }

    @Test
    void controlCharactersAreLeftOutAndTextIsStoredInNfc() {
        String tag = unique("Nfc");
        String token = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "text", "test")
                .secret();
        HttpResponse<String> created = new HttpSession(port)
                .json(
                        "POST",
                        "/api/v1/customers",
                        "{\"name\":\"Boulangerie\\u0000 Mar\\u202etin Cre\\u0301teil " + tag
                                + "\",\"kind\":\"COMPANY\",\"status\":\"PROSPECT\",\"notes\":\"un\\r\\ndeux\\rtrois\"}",
                        "Authorization",
                        "Bearer " + token);
        assertThat(created.statusCode()).isEqualTo(201);
        Organisation api = customers.search(tag, 1).get(0);
        assertThat(api.getName()).isEqualTo("Boulangerie Martin Cr\u00e9teil " + tag);
        assertThat(api.getNotes()).isEqualTo("un\ndeux\ntrois");

        String formTag = unique("Form");
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        office.get("/back/customers/new");
        HttpResponse<String> form = office.post(
                "/back/customers",
                "name",
                "Garage\u0007 \u2066Dupont\u2069 " + formTag,
                "kind",
                "COMPANY",
                "status",
                "PROSPECT",
                "country",
                "FR",
                "notes",
                "ligne 1\rligne 2",
                "version",
                "0");
        assertThat(form.statusCode()).isEqualTo(302);
        Organisation page = customers.search(formTag, 1).get(0);
        assertThat(page.getName()).isEqualTo("Garage Dupont " + formTag);
        assertThat(page.getNotes()).isEqualTo("ligne 1\nligne 2");
    }

    @Test
    void percentAndUnderscoreInASearchAreLiteralCharacters() {
        String tag = unique("Remise");
        String withPercent = "Remise 100% " + tag;
        String without = "Remise 1000 " + tag;
        String withUnderscore = "Remise_x " + tag;
        for (String name : new String[] {withPercent, without, withUnderscore}) {
            customers.register(new NewOrganisation(
                    name, null, OrganisationKind.COMPANY, CustomerStatus.PROSPECT, null, null, null, null, null));
        }
        assertThat(customers.search("%", 500))
                .extracting(Organisation::getName)
                .contains(withPercent)
                .allSatisfy(name -> assertThat(name).contains("%"));
        assertThat(customers.search("100%", 500))
                .extracting(Organisation::getName)
                .containsExactly(withPercent);
        assertThat(customers.search("e_x " + tag, 500))
                .extracting(Organisation::getName)
                .containsExactly(withUnderscore);

        String token = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "search", "test")
                .secret();
        HttpResponse<String> api = new HttpSession(port)
                .get(
                        "/api/v1/customers?q=" + URLEncoder.encode("100% " + tag, StandardCharsets.UTF_8),
                        "Authorization",
                        "Bearer " + token);
        assertThat(api.body()).contains(withPercent).doesNotContain(without);
    }

    @Test
    void anImportMappingWithAnUnknownTargetIsRefusedNamingTheColumnAndImportsNothing() {
        String tag = unique("Imp");
        long id = imports.upload(
                "clients.csv",
                ("Raison sociale;Colonne mystère\r\nSociété " + tag + ";x\r\n").getBytes(StandardCharsets.UTF_8),
                "test");
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        office.get("/back/customers/import/" + id);
        HttpResponse<String> run =
                office.post("/back/customers/import/" + id + "/run", "column0", "NAME", "column1", "NO_SUCH_TARGET");
        assertThat(run.statusCode()).isEqualTo(302);
        assertThat(text(office.get("/back/customers/import/" + id)))
                .contains("La colonne « Colonne mystère » a reçu une destination inconnue");
        assertThat(imports.get(id).status()).isEqualTo(CustomerImportManagement.Status.MAPPING);
        assertThat(customers.search(tag, 10)).isEmpty();
    }

    @Test
    void importedCellsAreNormalisedAsTypedTextIs() throws InterruptedException {
        String tag = unique("Csv");
        long id = imports.upload(
                "clients.csv",
                ("Raison sociale\r\nSoci\u0000\u00e9t\u00e9 \u202eCre\u0301teil " + tag + "\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        imports.run(id, List.of(CustomerImportManagement.Target.NAME), "test");
        for (int i = 0; i < 100 && imports.get(id).status() == CustomerImportManagement.Status.RUNNING; i++) {
            Thread.sleep(100);
        }
        assertThat(imports.get(id).status()).isEqualTo(CustomerImportManagement.Status.DONE);
        assertThat(customers.search(tag, 1))
                .extracting(Organisation::getName)
                .containsExactly("Soci\u00e9t\u00e9 Cr\u00e9teil " + tag);
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }

    /** A query string with a broken escape is a bad request (400), on a page as on the API, never a 500. */
    @Test
    void aBrokenEscapeInTheQueryIsABadRequest() throws Exception {
        String token = apiTokenOf(integrationUser(Role.BACK_OFFICE));
        assertThat(rawStatus("GET /api/v1/requests?cursor=%%% HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n"))
                .isEqualTo(400);
        assertThat(rawStatus("GET /contact?x=%%% HTTP/1.1\r\n")).isEqualTo(400);
    }

    /** The status of a request written by hand: the JDK's URI refuses to build one with "%%%". */
    private int rawStatus(String requestLineAndHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLineAndHeaders + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
