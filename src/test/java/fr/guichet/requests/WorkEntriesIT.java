package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Time and interventions recorded on a request: from the composer with the message (all or nothing), afterwards from
 * the request page and the API, by whoever may work on it; covered when the customer's contract includes the item;
 * changed and removed until invoiced; never shown to the customer.
 */
class WorkEntriesIT extends IntegrationTest {

    /** The demo catalogue's hourly item, 85 € excluding VAT. */
    private static final String HOURLY = "INTERV-SITE";

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    WorkManagement work;

    @Autowired
    TeamManagement teams;

    @Autowired
    ContractManagement contracts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTechnicianRecordsTimeWithANoteInOneSubmitAndThePanelListsItBillable() {
        UserAccount customer = customerUser();
        Team team = team();
        UserAccount tech = memberOf(team.getId());
        Request request = heldBy(team, customer, "Imprimante hors ligne");
        HttpSession back = signedIn(tech);
        assertThat(page(back, "/back/requests/" + request.getReference()))
                .contains("id=\"composer-work-time\"")
                .contains("Temps et interventions")
                .contains("Aucun temps ni intervention enregistrés.");

        HttpResponse<String> sent = compose(back, request, "NOTE", "Pilote réinstallé", "1 h 30");

        assertThat(sent.statusCode()).isEqualTo(302);
        List<WorkEntry> entries = work.of(request.getId());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(WorkKind.TIME);
            assertThat(e.getMinutes()).isEqualTo(90);
            assertThat(e.getItemCode()).isEqualTo(HOURLY);
            assertThat(e.getQuantity()).isEqualByComparingTo("1.50");
            assertThat(e.net().amount()).isEqualByComparingTo("127.50");
            assertThat(e.isBillable()).as("no contract covers it").isTrue();
            assertThat(e.getRecordedByName()).isEqualTo(tech.getDisplayName());
            assertThat(e.getOrganisationId()).isEqualTo(customer.getCustomerOrganisationId());
        });
        assertThat(page(back, "/back/requests/" + request.getReference()))
                .contains("1 h 30")
                .contains("Facturable : 127,50")
                .contains("Pilote réinstallé");
    }

    @Test
    void refusedTimeLeavesTheRequestAsItWasAndARefusedActRecordsNoTime() {
        Team team = team();
        Request request = heldBy(team, customerUser(), "Écran noir");
        HttpSession back = signedIn(memberOf(team.getId()));
        page(back, "/back/requests/" + request.getReference());
        int version = requests.get(request.getId()).getVersion();

        HttpResponse<String> badTime = compose(back, request, "NOTE", "Note avec un temps faux", "une éternité");
        assertThat(badTime.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(badTime.body()))
                .contains("Indiquez le temps passé")
                .contains("value=\"une éternité\"")
                .contains("Note avec un temps faux");
        assertThat(requests.get(request.getId()).getVersion()).isEqualTo(version);
        assertThat(requests.conversation(request.getId(), true))
                .extracting(Message::body)
                .doesNotContain("Note avec un temps faux");

        HttpResponse<String> emptyNote = compose(back, request, "NOTE", "", "30");
        assertThat(emptyNote.statusCode()).isEqualTo(200);
        assertThat(work.of(request.getId()))
                .as("the act was refused: no time either")
                .isEmpty();
    }

    @Test
    void afterwardsTheTeamItPassedThroughRecordsAnInterventionChangesItAndRemovesIt() {
        UserAccount customer = customerUser();
        Team team = team();
        UserAccount tech = memberOf(team.getId());
        Request request = heldBy(team, customer, "Serveur lent");
        request = requests.returnToOwner(
                request.getId(), request.getVersion(), "Disque remplacé", new AccountPrincipal(tech));
        assertThat(request.getTeamId()).isNull();

        HttpSession back = signedIn(tech);
        page(back, "/back/requests/" + request.getReference());
        HttpResponse<String> recorded = back.post(
                "/back/requests/" + request.getReference() + "/work",
                "kind",
                "INTERVENTION",
                "itemCode",
                "AUDIT-SECU",
                "quantity",
                "1",
                "note",
                "Audit après la panne");
        assertThat(recorded.statusCode()).isEqualTo(302);
        WorkEntry entry = work.of(request.getId()).get(0);
        assertThat(entry.getKind()).isEqualTo(WorkKind.INTERVENTION);
        assertThat(entry.net().amount()).isEqualByComparingTo("1800.00");

        page(back, "/back/requests/" + request.getReference());
        HttpResponse<String> refused = back.post(
                "/back/requests/" + request.getReference() + "/work/" + entry.getId(),
                "version",
                String.valueOf(entry.getVersion()),
                "itemCode",
                "AUDIT-SECU",
                "quantity",
                "-2",
                "billable",
                "true");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("Indiquez une quantité positive")
                .contains("value=\"-2\"");

        HttpResponse<String> changed = back.post(
                "/back/requests/" + request.getReference() + "/work/" + entry.getId(),
                "version",
                String.valueOf(entry.getVersion()),
                "itemCode",
                "AUDIT-SECU",
                "quantity",
                "0,5",
                "billable",
                "false");
        assertThat(changed.statusCode()).isEqualTo(302);
        WorkEntry after = work.entryOf(request.getId(), entry.getId());
        assertThat(after.getQuantity()).isEqualByComparingTo("0.50");
        assertThat(after.isBillable()).isFalse();

        page(back, "/back/requests/" + request.getReference());
        HttpResponse<String> stale = back.post(
                "/back/requests/" + request.getReference() + "/work/" + entry.getId() + "/remove",
                "version",
                String.valueOf(entry.getVersion()));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Ce travail a changé depuis que vous l’avez ouvert");
        assertThat(back.post(
                                "/back/requests/" + request.getReference() + "/work/" + entry.getId() + "/remove",
                                "version",
                                String.valueOf(after.getVersion()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(work.of(request.getId())).isEmpty();
    }

    @Test
    void workIsSuggestedCoveredWhenARunningContractIncludesTheItem() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        Contract contract = contracts.draft(
                organisation,
                "Maintenance avec interventions",
                new ContractTerms(
                        contracts.today().minusMonths(1), contracts.today().plusYears(1), true, 12, 30));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), HOURLY, BigDecimal.TEN, null);
        contracts.activate(contract.getId(), contract.getVersion());
        Team team = team();
        UserAccount tech = memberOf(team.getId());
        Request request = heldBy(team, customer, "Réseau coupé");
        AccountPrincipal by = new AccountPrincipal(tech);

        WorkEntry covered = work.record(request.getId(), NewWork.time(45, null), by);
        WorkEntry forced = work.record(request.getId(), NewWork.time(30, null).withBillable(true), by);
        WorkEntry audit = work.record(request.getId(), NewWork.intervention("AUDIT-SECU", BigDecimal.ONE, null), by);

        assertThat(covered.isBillable()).isFalse();
        assertThat(forced.isBillable())
                .as("the suggestion is only a suggestion")
                .isTrue();
        assertThat(audit.isBillable())
                .as("the contract does not include audits")
                .isTrue();
        assertThat(page(signedIn(tech), "/back/requests/" + request.getReference()))
                .contains("Le contrat « Maintenance avec interventions » couvre ce temps");
    }

    @Test
    void timeSpentSellingIsNotBilledUnlessSaidSo() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Devis pour un serveur", "Combien ?", Category.PRE_SALES),
                TestRequests.actorOf(customer));
        AccountPrincipal by = new AccountPrincipal(staff(Role.ADMIN, Role.BACK_OFFICE));

        WorkEntry selling = work.record(request.getId(), NewWork.time(30, "Chiffrage"), by);
        WorkEntry said = work.record(request.getId(), NewWork.time(15, null).withBillable(true), by);
        WorkEntry audit = work.record(request.getId(), NewWork.intervention("AUDIT-SECU", BigDecimal.ONE, null), by);

        assertThat(selling.isBillable()).as("selling time is not billed").isFalse();
        assertThat(said.isBillable()).as("unless the user says so").isTrue();
        assertThat(audit.isBillable()).as("an intervention done is billed").isTrue();
        Request technical = requests.submit(
                TestRequests.fromPortal(customer, "Serveur en panne", "Il ne démarre plus", Category.TECHNICAL),
                TestRequests.actorOf(customer));
        assertThat(work.record(technical.getId(), NewWork.time(30, null), by).isBillable())
                .isTrue();
    }

    @Test
    void workIsNeitherOlderThanItsRequestNorToCome() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Imprimante", "Bourrage", Category.TECHNICAL),
                TestRequests.actorOf(customer));
        AccountPrincipal by = new AccountPrincipal(staff(Role.ADMIN, Role.BACK_OFFICE));
        LocalDate opened = LocalDate.ofInstant(request.getCreatedAt(), java.time.ZoneId.of("Europe/Paris"));

        assertThatThrownBy(() ->
                        work.record(request.getId(), NewWork.time(30, null).on(opened.minusDays(1)), by))
                .isInstanceOf(WorkRuleViolation.class)
                .hasMessageContaining("worklog.error.before-request");
        WorkEntry entry = work.record(request.getId(), NewWork.time(30, null).on(opened), by);
        assertThat(entry.getWorkedOn()).isEqualTo(opened);
        assertThatThrownBy(() -> work.change(
                        request.getId(),
                        entry.getId(),
                        entry.getVersion(),
                        NewWork.time(30, null).on(opened.minusDays(3)),
                        by))
                .isInstanceOf(WorkRuleViolation.class)
                .hasMessageContaining("worklog.error.before-request");
        assertThatThrownBy(() ->
                        work.record(request.getId(), NewWork.time(30, null).on(opened.plusDays(400)), by))
                .hasMessageContaining("worklog.error.future");
    }

    @Test
    void invoicedWorkNoLongerChangesAndOthersNeitherReadNorRecordIt() {
        UserAccount customer = customerUser();
        Team team = team();
        UserAccount tech = memberOf(team.getId());
        Request request = heldBy(team, customer, "Messagerie pleine");
        AccountPrincipal by = new AccountPrincipal(tech);
        WorkEntry entry = work.record(request.getId(), NewWork.time(60, "Archivage"), by);
        jdbc.sql("UPDATE requests_work_entry SET invoice_id = 999999, version = version + 1 WHERE id = :id")
                .param("id", entry.getId())
                .update();
        WorkEntry invoiced = work.entryOf(request.getId(), entry.getId());

        assertThatThrownBy(() ->
                        work.change(request.getId(), entry.getId(), invoiced.getVersion(), NewWork.time(30, null), by))
                .isInstanceOf(WorkRuleViolation.class)
                .hasMessageContaining("worklog.error.invoiced");
        assertThatThrownBy(() -> work.remove(request.getId(), entry.getId(), invoiced.getVersion(), by))
                .isInstanceOf(WorkRuleViolation.class);
        assertThat(page(signedIn(tech), "/back/requests/" + request.getReference()))
                .contains("Facturé")
                .doesNotContain("/work/" + entry.getId() + "/remove");

        UserAccount stranger = memberOf(team().getId());
        assertThatThrownBy(() -> work.record(request.getId(), NewWork.time(10, null), new AccountPrincipal(stranger)))
                .isInstanceOf(RequestActRefused.class);
        assertThat(page(signedIn(customer), "/portal/requests/" + request.getReference()))
                .doesNotContain("Temps et interventions")
                .doesNotContain("Archivage");
    }

    @Test
    void theApiRecordsReadsChangesAndRemovesWorkWithThePagesRules() throws Exception {
        UserAccount customer = customerUser();
        Team team = team();
        Request request = heldBy(team, customer, "VPN instable");
        String tech = apiTokenOf(memberOf(team.getId()));
        String path = "/api/v1/requests/" + request.getReference() + "/work";

        MockHttpServletResponse created =
                call(post(path), tech, "{\"kind\":\"TIME\",\"minutes\":20,\"note\":\"Diagnostic\",\"billable\":true}");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"quantity\":0.33").contains("\"net\":28.05");
        long id = work.of(request.getId()).get(0).getId();
        assertThat(created.getHeader("Location")).isEqualTo(path + "/" + id);

        assertThat(call(get(path), tech, null).getContentAsString()).contains("Diagnostic");
        MockHttpServletResponse bad =
                call(post(path), tech, "{\"kind\":\"INTERVENTION\",\"itemCode\":\"AUDIT-SECU\",\"quantity\":1.234}");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("quantity");
        assertThat(call(put(path + "/" + id), tech, "{\"version\":77,\"kind\":\"TIME\",\"minutes\":30}")
                        .getStatus())
                .as("a stale version")
                .isEqualTo(409);
        int version = work.entryOf(request.getId(), id).getVersion();
        MockHttpServletResponse changed =
                call(put(path + "/" + id), tech, "{\"version\":" + version + ",\"kind\":\"TIME\",\"minutes\":30}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("\"minutes\":30").contains("\"billable\":true");

        String customerToken = apiTokenOf(customer);
        assertThat(call(get(path), customerToken, null).getStatus()).isEqualTo(403);
        assertThat(call(post(path), customerToken, "{\"kind\":\"TIME\",\"minutes\":20}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(get(path), apiTokenOf(customerUser()), null).getStatus())
                .isEqualTo(404);
        assertThat(call(get(path), apiTokenOf(memberOf(team().getId())), null).getStatus())
                .isEqualTo(404);

        String current = String.valueOf(work.entryOf(request.getId(), id).getVersion());
        assertThat(call(delete(path + "/" + id).param("version", current), tech, null)
                        .getStatus())
                .isEqualTo(204);
        assertThat(work.of(request.getId())).isEmpty();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Request heldBy(Team team, UserAccount customer, String subject) {
        Request request = requests.submit(
                TestRequests.fromPortal(customer, subject, "Texte de " + subject), TestRequests.actorOf(customer));
        return requests.handOff(
                request.getId(),
                request.getVersion(),
                team.getId(),
                "Pour vous",
                new AccountPrincipal(staff(Role.FRONT_OFFICE)));
    }

    private Team team() {
        String code = unique("equipe");
        return teams.createTeam(code, "Équipe " + code, Office.BACK_OFFICE, null, false);
    }

    private HttpSession signedIn(UserAccount account) {
        HttpSession session = new HttpSession(port);
        session.login(account.getUsername(), PASSWORD);
        return session;
    }

    private static String page(HttpSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body()).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private HttpResponse<String> compose(HttpSession session, Request request, String act, String body, String time) {
        return session.post(
                "/back/requests/" + request.getReference() + "/compose",
                "version",
                String.valueOf(requests.get(request.getId()).getVersion()),
                "seen",
                String.valueOf(requests.history(request.getId()).size()),
                "act",
                act,
                "body",
                body,
                "workTime",
                time);
    }
}
