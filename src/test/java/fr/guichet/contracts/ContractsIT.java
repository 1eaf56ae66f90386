package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.Role;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Sales administration drafts, fills, activates and cancels contracts; the customer screen shows them. */
class ContractsIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @LocalServerPort
    int port;

    @Test
    void aContractIsDraftedFilledFromTheCatalogueActivatedShownToTheDeskAndCancelledForTheRightDate() throws Exception {
        Organisation organisation = customers.search("Fromagerie Chabert", 1).get(0);
        HttpSession office = backOffice();
        LocalDate today = contracts.today();

        HttpResponse<String> refused = office.post(
                "/back/contracts",
                contractForm(organisation.getId(), "Infogérance 2027", today.plusDays(10), today.plusDays(5), "0"));
        assertThat(text(refused)).contains("La fin de la première période doit venir après le début.");
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("id=\"initialEndDate-error\"")
                .contains("value=\"Infogérance 2027\"")
                .contains("value=\"" + today.plusDays(5) + "\"");

        HttpResponse<String> drafted = office.post(
                "/back/contracts",
                contractForm(
                        organisation.getId(), "Infogérance 2027", today.minusMonths(2), today.plusMonths(10), "0"));
        assertThat(drafted.statusCode()).isEqualTo(302);
        String location = drafted.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Contract draft = contracts.get(id);
        assertThat(draft.getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(draft.getReference()).matches("CTR-\\d{4}-\\d{5}");

        assertThat(text(office.post("/back/contracts/" + id + "/activate", "version", "" + draft.getVersion())))
                .contains("Un contrat sans ligne ne peut pas être activé.");
        assertThat(text(office.post(
                        "/back/contracts/" + id + "/lines",
                        "version",
                        "" + draft.getVersion(),
                        "itemCode",
                        "INFOG-POSTE",
                        "quantity",
                        "abc",
                        "discountPercent",
                        "0")))
                .contains("Indiquez une quantité positive");
        assertThat(office.post(
                                "/back/contracts/" + id + "/lines",
                                "version",
                                "" + draft.getVersion(),
                                "itemCode",
                                "INFOG-POSTE",
                                "quantity",
                                "10",
                                "discountPercent",
                                "10")
                        .statusCode())
                .isEqualTo(302);
        Contract filled = contracts.get(id);
        assertThat(filled.getLines()).singleElement().satisfies(line -> {
            assertThat(line.label()).isEqualTo("Infogérance du poste de travail");
            assertThat(line.net().amount()).isEqualByComparingTo("351.00");
        });
        assertThat(text(office.post("/back/contracts/" + id + "/activate", "version", "" + draft.getVersion())))
                .as("a stale version")
                .contains("Quelqu’un d’autre a modifié");
        assertThat(office.post("/back/contracts/" + id + "/activate", "version", "" + filled.getVersion())
                        .statusCode())
                .isEqualTo(302);
        assertThat(contracts.get(id).getStatus()).isEqualTo(ContractStatus.ACTIVE);

        assertThat(contracts.versions(id))
                .extracting(v -> v.change())
                .containsExactly("activated", "line-added", "drafted");
        assertThat(contracts.versions(id).get(2).contract().lines())
                .as("the draft as it stood")
                .isEmpty();
        assertThat(contracts.versions(id).get(1).contract().lines()).hasSize(1);
        assertThat(text(office.get("/back/contracts/" + id)))
                .contains("Versions du contrat")
                .contains("Ligne ajoutée")
                .contains("Créé en brouillon");

        HttpResponse<byte[]> pdf = office.getBytes("/back/contracts/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(pdfText)
                .contains("Contrat " + draft.getReference())
                .contains("Fromagerie Chabert")
                .contains("Infogérance du poste de travail")
                .contains("351,00")
                .contains("Il se reconduit tacitement par périodes de 12 mois")
                .as("the provider's legal mentions, from the company's identity")
                .contains("RCS Lyon 842 153 678")
                .contains("TVA FR16842153678");

        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(text(desk.get("/desk/customers/" + organisation.getId())))
                .contains("Infogérance 2027")
                .contains("Actif");

        Contract active = contracts.get(id);
        LocalDate expectedEnd = active.terms().cancellationEffective(today);
        assertThat(office.post("/back/contracts/" + id + "/cancel", "version", "" + active.getVersion())
                        .statusCode())
                .isEqualTo(302);
        Contract cancelled = contracts.get(id);
        assertThat(cancelled.getStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(cancelled.getEndsOn()).isEqualTo(expectedEnd);
        assertThat(text(desk.get("/desk/customers/" + organisation.getId())))
                .contains("Résilié")
                .contains("Prend fin le " + expectedEnd.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(desk.get("/back/contracts").statusCode())
                .as("not for the desk")
                .isEqualTo(403);
    }

    @Test
    void contractsWhoseNoticeDeadlineIsNearAreListedForRenewal() {
        Organisation organisation = customers.search("Plomberie Lacroix", 1).get(0);
        LocalDate today = contracts.today();
        Contract soon = contracts.draft(
                organisation.getId(),
                "Hotline",
                new ContractTerms(today.minusMonths(10), today.plusDays(70), true, 12, 60));
        soon = contracts.addLine(soon.getId(), soon.getVersion(), "HOTLINE-PRO", new BigDecimal("5"), BigDecimal.ZERO);
        soon = contracts.activate(soon.getId(), soon.getVersion());
        Contract later = contracts.draft(
                organisation.getId(),
                "Sauvegarde",
                new ContractTerms(today.minusMonths(1), today.plusMonths(11), true, 12, 60));
        later = contracts.addLine(later.getId(), later.getVersion(), "SAUVEGARDE-1TO", BigDecimal.ONE, BigDecimal.ZERO);
        contracts.activate(later.getId(), later.getVersion());

        assertThat(contracts.upForRenewal(60))
                .extracting(Contract::getId)
                .contains(soon.getId())
                .doesNotContain(later.getId());
        HttpSession office = backOffice();
        String list = text(office.get("/back/contracts"));
        assertThat(list)
                .contains(soon.getReference())
                .contains(today.plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void aContractThatDoesNotRenewEndsOnceItsTermHasPassed() {
        Organisation organisation = customers.search("Plomberie Lacroix", 1).get(0);
        LocalDate today = contracts.today();
        Contract past = contracts.draft(
                organisation.getId(),
                "Audit ponctuel",
                new ContractTerms(today.minusDays(60), today.minusDays(1), false, 0, 0));
        past = contracts.addLine(past.getId(), past.getVersion(), "AUDIT-SECU", BigDecimal.ONE, null);
        past = contracts.activate(past.getId(), past.getVersion());
        Contract running = contracts.draft(
                organisation.getId(),
                "Audit en cours",
                new ContractTerms(today.minusDays(10), today.plusDays(20), false, 0, 0));
        running = contracts.addLine(running.getId(), running.getVersion(), "AUDIT-SECU", BigDecimal.ONE, null);
        running = contracts.activate(running.getId(), running.getVersion());

        assertThat(contracts.endThoseOver()).isGreaterThanOrEqualTo(1);

        Contract ended = contracts.get(past.getId());
        assertThat(ended.getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(ended.getEndsOn()).isEqualTo(today.minusDays(1));
        assertThat(contracts.versions(past.getId()).get(0).change()).isEqualTo("ended");
        assertThat(contracts.get(running.getId()).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    }

    private HttpSession backOffice() {
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(office.get("/back/contracts/new").statusCode()).isEqualTo(200);
        return office;
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    private static String[] contractForm(
            long organisationId, String title, LocalDate start, LocalDate end, String version) {
        return new String[] {
            "organisationId",
            String.valueOf(organisationId),
            "title",
            title,
            "startDate",
            start.toString(),
            "initialEndDate",
            end.toString(),
            "autoRenewal",
            "true",
            "renewalMonths",
            "12",
            "noticeDays",
            "90",
            "version",
            version
        };
    }
}
