package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.notifications.AlertManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** A customer cancels a contract online in three steps and receives the confirmation with the effective date. */
class PortalCancellationIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @LocalServerPort
    int port;

    @Autowired
    TeamManagement teams;

    @Autowired
    ContractSettings settings;

    @Autowired
    AlertManagement alerts;

    @Test
    void theCustomerCancelsInThreeStepsAndIsToldTheEffectiveDateOnScreenAndByEmail() throws Exception {
        UserAccount customer = customerUser();
        Contract contract = activeContract(customer.getCustomerOrganisationId());
        LocalDate effective = contract.terms().cancellationEffective(contracts.today());
        String shown = effective.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);

        assertThat(text(portal.get("/portal/contracts")))
                .contains("Maintenance serveurs")
                .contains("Actif");
        String step1 = text(portal.get("/portal/contracts/" + contract.getId()));
        assertThat(step1).contains("Résilier ce contrat");
        String step2 = text(portal.get("/portal/contracts/" + contract.getId() + "/cancel"));
        assertThat(step2).contains("la résiliation prendra effet le " + shown);
        HttpResponse<String> step3 =
                portal.post("/portal/contracts/" + contract.getId() + "/cancel", "version", "" + contract.getVersion());
        assertThat(step3.statusCode()).isEqualTo(200);
        assertThat(text(step3))
                .contains("Le contrat " + contract.getReference() + " est résilié : il prend fin le " + shown)
                .contains(customer.getEmail());

        Contract cancelled = contracts.get(contract.getId());
        assertThat(cancelled.getStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(cancelled.getEndsOn()).isEqualTo(effective);
        List<MimeMessage> mails = TestMail.awaitFor(customer.getEmail(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("[" + contract.getReference() + "] Confirmation de la résiliation de votre contrat");
        assertThat(TestMail.text(mails.get(0)))
                .contains("Elle prend effet le "
                        + effective.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)));

        assertThat(text(portal.post(
                        "/portal/contracts/" + contract.getId() + "/cancel", "version", "" + contract.getVersion())))
                .as("a second try on the old page")
                .contains("Ce contrat a changé entre-temps");
    }

    @Test
    void aCustomerSeesNeitherAnotherOrganisationsContractsNorDrafts() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        Contract theirs = activeContract(other.getCustomerOrganisationId());
        Contract draft = contracts.draft(
                customer.getCustomerOrganisationId(),
                "Projet en préparation",
                new ContractTerms(contracts.today(), contracts.today().plusYears(1), true, 12, 30));
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(portal.get("/portal/contracts/" + theirs.getId()).statusCode())
                .isEqualTo(404);
        assertThat(portal.get("/portal/contracts/" + theirs.getId() + "/cancel").statusCode())
                .isEqualTo(404);
        assertThat(portal.get("/portal/contracts/" + draft.getId()).statusCode())
                .isEqualTo(404);
        assertThat(text(portal.get("/portal/contracts"))).doesNotContain("Projet en préparation");
        portal.get("/portal/contracts");
        assertThat(portal.post("/portal/contracts/" + theirs.getId() + "/cancel", "version", "" + theirs.getVersion())
                        .statusCode())
                .isEqualTo(404);
        assertThat(contracts.get(theirs.getId()).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void theCustomerGivesAReasonThatTheBackOfficeReadsOnTheContractAndInTheAlert() {
        UserAccount customer = customerUser();
        Contract contract = activeContract(customer.getCustomerOrganisationId());
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(text(portal.get("/portal/contracts/" + contract.getId() + "/cancel")))
                .contains("Pourquoi résiliez-vous ? (facultatif)");

        HttpResponse<String> tooLong = portal.post(
                "/portal/contracts/" + contract.getId() + "/cancel",
                "version",
                "" + contract.getVersion(),
                "reason",
                "x".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(text(tooLong)).contains("Le motif fait 500 caractères au plus.");
        assertThat(contracts.get(contract.getId()).getStatus()).isEqualTo(ContractStatus.ACTIVE);

        String reason = "Nous regroupons nos services chez un seul prestataire";
        portal.post(
                "/portal/contracts/" + contract.getId() + "/cancel",
                "version",
                "" + contract.getVersion(),
                "reason",
                reason);
        Contract cancelled = contracts.get(contract.getId());
        assertThat(cancelled.getStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(cancelled.getCancellationReason()).isEqualTo(reason);

        HttpSession back = new HttpSession(port);
        back.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(text(back.get("/back/contracts/" + contract.getId())))
                .contains("Motif donné par le client")
                .contains(reason);
        Team sales = teams.teamByCode(settings.salesTeam()).orElseThrow();
        UserAccount salesPerson = users.membersOf(sales.getId()).stream()
                .filter(UserAccount::isEnabled)
                .findFirst()
                .orElseThrow();
        assertThat(alerts.latest(salesPerson.getId(), 20)).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo("CONTRACT_CANCELLED");
            assertThat(alert.reference()).isEqualTo(contract.getReference());
            assertThat(alert.subject()).contains(reason);
        });
    }

    @Test
    void aCancellationWithoutAReasonKeepsNone() {
        UserAccount customer = customerUser();
        Contract contract = activeContract(customer.getCustomerOrganisationId());
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        portal.get("/portal/contracts/" + contract.getId() + "/cancel");
        portal.post(
                "/portal/contracts/" + contract.getId() + "/cancel",
                "version",
                "" + contract.getVersion(),
                "reason",
                "   ");
        assertThat(contracts.get(contract.getId()).getCancellationReason()).isNull();
        assertThat(contracts.get(contract.getId()).getStatus()).isEqualTo(ContractStatus.CANCELLED);
    }

    private Contract activeContract(long organisationId) {
        LocalDate today = contracts.today();
        Contract c = contracts.draft(
                organisationId,
                "Maintenance serveurs",
                new ContractTerms(today.minusMonths(3), today.plusMonths(9), true, 12, 30));
        c = contracts.addLine(c.getId(), c.getVersion(), "INFOG-SERVEUR", new BigDecimal("2"), BigDecimal.ZERO);
        return contracts.activate(c.getId(), c.getVersion());
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }
}
