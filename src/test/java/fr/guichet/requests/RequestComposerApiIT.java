package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The composer's acts on the API, with the pages' rules: send and set status, answer the team, change category. */
class RequestComposerApiIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Test
    void aReplyResolvesInOneCallAndANoteMayNot() throws Exception {
        String token = apiTokenOf(staff(Role.FRONT_OFFICE));
        Request request = atFrontOffice("Quota de messagerie");

        MockHttpServletResponse note = call(
                post("/api/v1/requests/" + request.getReference() + "/messages"),
                token,
                "{\"version\":" + request.getVersion()
                        + ",\"body\":\"Note qui résout\",\"act\":\"NOTE\",\"status\":\"RESOLVED\"}");
        assertThat(note.getStatus()).isBetween(400, 499);
        assertThat(note.getContentType()).startsWith("application/problem+json");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.NEW);

        MockHttpServletResponse reply = call(
                post("/api/v1/requests/" + request.getReference() + "/messages"),
                token,
                "{\"version\":" + request.getVersion()
                        + ",\"body\":\"Quota augmenté à 50 Go.\",\"act\":\"REPLY\",\"status\":\"RESOLVED\"}");
        assertThat(reply.getStatus()).isEqualTo(201);
        assertThat(reply.getContentAsString()).contains("\"status\":\"RESOLVED\"");
        assertThat(requests.conversation(request.getId(), false))
                .extracting(Message::body)
                .contains("Quota augmenté à 50 Go.");
    }

    @Test
    void theOwnerSideAnswersTheTeamAndTheTeamMayNot() throws Exception {
        Team team = teams.createTeam(unique("api-equipe"), "Équipe API", Office.BACK_OFFICE, null, false);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount member = member(team);
        Request request = atFrontOffice("Poste à réinstaller");
        request = requests.handOff(
                request.getId(), request.getVersion(), team.getId(), "À réinstaller", new AccountPrincipal(agent));
        request =
                requests.askOwner(request.getId(), request.getVersion(), "Quel poste ?", new AccountPrincipal(member));

        MockHttpServletResponse byTeam = call(
                post("/api/v1/requests/" + request.getReference() + "/messages"),
                apiTokenOf(member),
                "{\"version\":" + request.getVersion() + ",\"body\":\"Nous-mêmes\",\"act\":\"ANSWER_TEAM\"}");
        assertThat(byTeam.getStatus()).isEqualTo(403);
        assertThat(byTeam.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse byOwner = call(
                post("/api/v1/requests/" + request.getReference() + "/messages"),
                apiTokenOf(agent),
                "{\"version\":" + request.getVersion() + ",\"body\":\"Le poste 12\",\"act\":\"ANSWER_TEAM\"}");
        assertThat(byOwner.getStatus()).isEqualTo(201);
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .endsWith(RequestEventKind.OWNER_ANSWERED);
        assertThat(requests.get(request.getId()).getTeamId()).isEqualTo(team.getId());
    }

    @Test
    void theCategoryChangesByPatchWithinItsKind() throws Exception {
        String token = apiTokenOf(staff(Role.FRONT_OFFICE));
        Request request = atFrontOffice("Tarif");
        MockHttpServletResponse wrongKind = call(
                patch("/api/v1/requests/" + request.getReference()),
                token,
                "{\"version\":" + request.getVersion() + ",\"category\":\"INTERNAL_HR\"}");
        assertThat(wrongKind.getStatus()).isBetween(400, 499);
        assertThat(wrongKind.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse changed = call(
                patch("/api/v1/requests/" + request.getReference()),
                token,
                "{\"version\":" + request.getVersion() + ",\"category\":\"PRE_SALES\"}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("\"category\":\"PRE_SALES\"");
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .endsWith(RequestEventKind.CATEGORY_CHANGED);

        MockHttpServletResponse stale = call(
                patch("/api/v1/requests/" + request.getReference()),
                token,
                "{\"version\":" + request.getVersion() + ",\"category\":\"OTHER\"}");
        assertThat(stale.getStatus()).isEqualTo(409);
    }

    private Request atFrontOffice(String subject) {
        UserAccount customer = customerUser();
        return requests.submit(TestRequests.fromPortal(customer, subject), TestRequests.actorOf(customer));
    }

    private UserAccount member(Team team) {
        return memberOf(team.getId());
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
