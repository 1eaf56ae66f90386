package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * One rule on every path: for each act on a request, the page and the API give the same answer. A request is handed
 * to team "other" (which may answer customers), which transfers it to team "holder" (which may not); the other team
 * still sees it but no longer holds it.
 */
class RequestRulesIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    TeamManagement teams;

    @Autowired
    ApiTokenManagement tokens;

    Team holder;
    Team other;
    UserAccount agent;
    UserAccount holderMember;
    UserAccount otherMember;
    UserAccount otherLead;
    UserAccount customer;
    Request request;

    @BeforeEach
    void aRequestHeldByATeamThatMayNotAnswerCustomers() throws Exception {
        holder = teams.createTeam(unique("holder"), "Équipe qui détient", Office.BACK_OFFICE, null, false);
        other = teams.createTeam(unique("other"), "Autre équipe", Office.BACK_OFFICE, null, true);
        agent = staff(Role.FRONT_OFFICE);
        holderMember = member(holder, Role.BACK_OFFICE);
        otherMember = member(other, Role.BACK_OFFICE);
        otherLead = member(other, Role.BACK_OFFICE, Role.TEAM_LEAD);
        customer = customerUser();
        Request submitted = requests.submit(
                TestRequests.byPhone(agent, customer.getCustomerOrganisationId(), "Client", "Règles partagées"),
                TestRequests.actorOf(agent));
        assertThat(api(
                                post(path(submitted) + "/handoff"),
                                agent,
                                "{\"version\":" + version(submitted) + ",\"teamId\":" + other.getId()
                                        + ",\"note\":\"Pour vous\"}")
                        .getStatus())
                .isEqualTo(200);
        assertThat(api(
                                post(path(submitted) + "/handoff"),
                                otherMember,
                                "{\"version\":" + version(submitted) + ",\"teamId\":" + holder.getId()
                                        + ",\"note\":\"Plutôt pour vous\"}")
                        .getStatus())
                .isEqualTo(200);
        request = requests.get(submitted.getId());
        assertThat(request.getTeamId()).isEqualTo(holder.getId());
    }

    @Test
    void aTeamThatDoesNotHoldTheRequestDoesNotChangeItsPriority() throws Exception {
        MockHttpServletResponse page = page(
                post("/back/requests/" + request.getReference() + "/priority")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("priority", "URGENT"),
                otherLead);
        MockHttpServletResponse api = api(
                patch(path(request)), otherLead, "{\"version\":" + request.getVersion() + ",\"priority\":\"URGENT\"}");
        assertRefusedOnBoth(page, api, 403);
        assertThat(requests.get(request.getId()).getPriority()).isNotEqualTo(Priority.URGENT);
    }

    @Test
    void aTeamThatMayNotAnswerCustomersNeitherRepliesNorResolves() throws Exception {
        String body = "Réponse directe au client";
        MockHttpServletResponse page = page(
                post("/back/requests/" + request.getReference() + "/reply")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("body", body),
                holderMember);
        MockHttpServletResponse api = api(
                post(path(request) + "/messages"),
                holderMember,
                "{\"version\":" + request.getVersion() + ",\"body\":\"" + body + "\",\"visibility\":\"PUBLIC\"}");
        assertRefusedOnBoth(page, api, 403);
        assertThat(HtmlUtils.htmlUnescape(page.getContentAsString()))
                .contains("Votre équipe répond à l’interlocuteur, pas directement au client.");
        assertThat(api.getContentAsString()).contains("requests.error.team-may-not-answer");

        MockHttpServletResponse pageResolve = page(
                post("/back/requests/" + request.getReference() + "/resolve")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("answer", body),
                holderMember);
        MockHttpServletResponse apiResolve = api(
                post(path(request) + "/resolve"),
                holderMember,
                "{\"version\":" + request.getVersion() + ",\"answer\":\"" + body + "\"}");
        assertRefusedOnBoth(pageResolve, apiResolve, 403);
        assertThat(requests.conversation(request.getId(), false))
                .noneMatch(m -> m.body().equals(body));
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void theAssigneeIsAMemberOfTheHoldingTeam() throws Exception {
        for (long stranger : new long[] {customer.getId(), otherMember.getId(), 987_654_321L}) {
            MockHttpServletResponse page = page(
                    post("/back/requests/" + request.getReference() + "/assign")
                            .param("version", String.valueOf(request.getVersion()))
                            .param("assigneeId", String.valueOf(stranger)),
                    holderMember);
            MockHttpServletResponse api = api(
                    patch(path(request)),
                    holderMember,
                    "{\"version\":" + request.getVersion() + ",\"assigneeId\":" + stranger + "}");
            assertRefusedOnBoth(page, api, 422);
            assertThat(api.getContentAsString()).contains("requests.error.assignee-not-in-team");
        }
        assertThat(requests.get(request.getId()).getAssigneeId()).isNull();

        MockHttpServletResponse both = api(
                patch(path(request)),
                holderMember,
                "{\"version\":" + request.getVersion() + ",\"priority\":\"URGENT\",\"assigneeId\":" + customer.getId()
                        + "}");
        assertThat(both.getStatus()).as("a PATCH is all or nothing").isEqualTo(422);
        assertThat(requests.get(request.getId()).getPriority()).isNotEqualTo(Priority.URGENT);

        MockHttpServletResponse api = api(
                patch(path(request)),
                holderMember,
                "{\"version\":" + request.getVersion() + ",\"assigneeId\":" + holderMember.getId() + "}");
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(requests.get(request.getId()).getAssigneeId()).isEqualTo(holderMember.getId());
    }

    @Test
    void aTeamThatNoLongerHoldsTheRequestNeitherWritesNotesNorTransfersIt() throws Exception {
        MockHttpServletResponse page = page(
                post("/back/requests/" + request.getReference() + "/note")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("note", "Note d'une autre équipe"),
                otherMember);
        MockHttpServletResponse api = api(
                post(path(request) + "/messages"),
                otherMember,
                "{\"version\":" + request.getVersion()
                        + ",\"body\":\"Note d'une autre équipe\",\"visibility\":\"INTERNAL\"}");
        assertRefusedOnBoth(page, api, 403);

        MockHttpServletResponse pageTransfer = page(
                post("/back/requests/" + request.getReference() + "/transfer")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("teamId", String.valueOf(other.getId()))
                        .param("reason", "Je la reprends"),
                otherMember);
        MockHttpServletResponse apiTransfer = api(
                post(path(request) + "/handoff"),
                otherMember,
                "{\"version\":" + request.getVersion() + ",\"teamId\":" + other.getId()
                        + ",\"note\":\"Je la reprends\"}");
        assertRefusedOnBoth(pageTransfer, apiTransfer, 403);
        assertThat(requests.get(request.getId()).getTeamId()).isEqualTo(holder.getId());
        assertThat(requests.conversation(request.getId(), true))
                .noneMatch(m -> m.body().contains("Note d'une autre équipe"));
    }

    @Test
    void aTeamThatNoLongerHoldsTheRequestAttachesNothingTheCustomerWouldSee() throws Exception {
        MockHttpServletResponse page = mvc.perform(multipart(
                                "/back/requests/" + request.getReference() + "/attachments")
                        .file(new MockMultipartFile(
                                "files", "devis.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                        .with(user(new AccountPrincipal(otherMember)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.getContentAsString()))
                .contains("La demande n’est pas chez votre équipe.");
        assertThat(attachments.attachments(request.getId(), true)).isEmpty();
    }

    @Test
    void aRequestIsNotCreatedForAnOrganisationThatDoesNotExist() throws Exception {
        MockHttpServletResponse page = page(
                post("/desk/requests")
                        .param("organisationId", "987654321")
                        .param("requesterName", "Paul")
                        .param("channel", "PHONE")
                        .param("category", "OTHER")
                        .param("subject", "Organisation inconnue")
                        .param("description", "Texte"),
                agent);
        MockHttpServletResponse api = api(
                post("/api/v1/requests"),
                agent,
                "{\"subject\":\"Organisation inconnue\",\"description\":\"Texte\",\"category\":\"OTHER\","
                        + "\"organisationId\":987654321}");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("requests.error.unknown-organisation");
    }

    @Test
    void aCustomerSeesTheStatusesAndPublicRepliesOfTheHistoryNotTheInternalWork() throws Exception {
        assertThat(api(
                                post(path(request) + "/messages"),
                                holderMember,
                                "{\"version\":" + request.getVersion()
                                        + ",\"body\":\"Secret interne du back office\",\"visibility\":\"INTERNAL\"}")
                        .getStatus())
                .isEqualTo(201);
        MockHttpServletResponse staff = api(get(path(request) + "/history"), holderMember, null);
        assertThat(staff.getContentAsString())
                .contains("Secret interne")
                .contains("Pour vous")
                .contains("Plutôt pour vous");

        MockHttpServletResponse history = api(get(path(request) + "/history"), customer, null);
        assertThat(history.getStatus()).isEqualTo(200);
        assertThat(history.getContentAsString())
                .contains("SUBMITTED")
                .doesNotContain("Secret interne")
                .doesNotContain("Pour vous")
                .doesNotContain("Plutôt pour vous")
                .doesNotContain("INTERNAL_NOTE")
                .doesNotContain("HANDED_OFF")
                .doesNotContain("TRANSFERRED")
                .doesNotContain("Test " + otherMember.getUsername())
                .doesNotContain("\"toTeamId\":" + holder.getId());
    }

    /** Refused on the page (the page again, with the rule's message) and on the API (problem details). */
    private static void assertRefusedOnBoth(MockHttpServletResponse page, MockHttpServletResponse api, int status)
            throws Exception {
        assertThat(page.getStatus()).as("the page shows the refusal").isEqualTo(200);
        assertThat(page.getContentAsString()).containsAnyOf("role=\"alert\"", "class=\"field-error\"");
        assertThat(api.getStatus()).as(api.getContentAsString()).isEqualTo(status);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequestIsHandedOnlyToABackOfficeTeamThatExists() throws Exception {
        Request atDesk = requests.submit(
                new NewRequest(
                        "Transmission",
                        "Texte",
                        Category.OTHER,
                        Channel.PHONE,
                        customer.getCustomerOrganisationId(),
                        null,
                        "Client",
                        null,
                        agent.getId()),
                new Actor(agent.getId(), agent.getDisplayName()));
        Team reception = teams.createTeam(unique("accueil"), "Accueil bis", Office.FRONT_OFFICE, null, true);
        MockHttpServletResponse toReception = api(
                post(path(atDesk) + "/handoff"),
                agent,
                "{\"version\":" + version(atDesk) + ",\"teamId\":" + reception.getId() + ",\"note\":\"Pour vous\"}");
        assertThat(toReception.getStatus()).isEqualTo(422);
        assertThat(toReception.getContentAsString()).contains("requests.error.not-a-back-office-team");
        MockHttpServletResponse toNobody = api(
                post(path(atDesk) + "/handoff"),
                agent,
                "{\"version\":" + version(atDesk) + ",\"teamId\":987654321,\"note\":\"Pour vous\"}");
        assertThat(toNobody.getStatus()).isEqualTo(422);
        assertThat(toNobody.getContentAsString()).contains("requests.error.unknown-team");
        assertThat(requests.get(atDesk.getId()).getTeamId()).isNull();
    }

    /** A file the customer will see answers the customer: a team that may not answer attaches internal files only. */
    @Test
    void aTeamThatMayNotAnswerCustomersAttachesOnlyInternalFiles() throws Exception {
        String base = "/back/requests/" + request.getReference() + "/attachments";
        AccountPrincipal holding = new AccountPrincipal(holderMember);
        MockHttpServletResponse forTheCustomer = mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "files", "facture.txt", "text/plain", "montant".getBytes(StandardCharsets.UTF_8)))
                        .with(user(holding))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(forTheCustomer.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(forTheCustomer.getContentAsString(StandardCharsets.UTF_8)))
                .contains("id=\"attach-error\"");
        MockHttpServletResponse internal = mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "files", "calcul.txt", "text/plain", "marge".getBytes(StandardCharsets.UTF_8)))
                        .param("internal", "true")
                        .with(user(holding))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(internal.getStatus()).isEqualTo(302);
        assertThat(attachments.attachments(request.getId(), true))
                .extracting(Attachment::filename)
                .containsExactly("calcul.txt");
        assertThat(attachments.attachments(request.getId(), false)).isEmpty();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, UserAccount who) throws Exception {
        return mvc.perform(request.with(user(new AccountPrincipal(who))).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, UserAccount who, String json)
            throws Exception {
        request = request.header("Authorization", "Bearer " + apiTokenOf(who));
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private UserAccount member(Team team, Role... roles) {
        String username = unique("membre");
        return users.createWithHash(
                UserProfile.staff(
                        username, "Test " + username, username + "@example.fr", Set.of(roles), team.getId(), null),
                users.findByUsername(agent.getUsername()).orElseThrow().getPasswordHash(),
                false);
    }

    private String path(Request r) {
        return "/api/v1/requests/" + r.getReference();
    }

    private int version(Request r) {
        return requests.get(r.getId()).getVersion();
    }
}
