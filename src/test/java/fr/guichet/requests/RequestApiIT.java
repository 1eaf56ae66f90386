package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/v1/requests with real API tokens: create, read, hand off, page through a queue, and the errors. */
class RequestApiIT extends IntegrationTest {

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    TeamManagement teams;

    @Autowired
    RequestManagement requests;

    @Test
    void aCustomerIntegrationCreatesAndFollowsItsRequests() throws Exception {
        UserAccount customer = customerUser();
        String token = token(customer);
        MockHttpServletResponse created = call(
                post("/api/v1/requests"),
                token,
                "{\"subject\":\"Sauvegarde en échec\",\"description\":\"Depuis lundi\",\"category\":\"TECHNICAL\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        String reference = reference(created.getContentAsString());
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/requests/" + reference);
        assertThat(created.getContentAsString())
                .contains("\"channel\":\"PORTAL\"")
                .contains("\"status\":\"NEW\"");

        assertThat(call(get("/api/v1/requests/" + reference), token, null).getStatus())
                .isEqualTo(200);
        assertThat(call(get("/api/v1/requests"), token, null).getContentAsString())
                .contains(reference);
        MockHttpServletResponse history = call(get("/api/v1/requests/" + reference + "/history"), token, null);
        assertThat(history.getContentAsString()).contains("\"kind\":\"SUBMITTED\"");

        String otherToken = token(customerUser());
        MockHttpServletResponse hidden = call(get("/api/v1/requests/" + reference), otherToken, null);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hidden.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidBodiesAndBrokenRulesAreProblemDetails() throws Exception {
        String token = token(staff(Role.FRONT_OFFICE));
        MockHttpServletResponse invalid =
                call(post("/api/v1/requests"), token, "{\"subject\":\"\",\"category\":\"TECHNICAL\"}");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");
        assertThat(invalid.getContentAsString())
                .contains("\"errors\"")
                .contains("\"subject\"")
                .contains("\"description\"");

        MockHttpServletResponse created = call(
                post("/api/v1/requests"),
                token,
                "{\"subject\":\"Appel\",\"description\":\"Texte\",\"category\":\"OTHER\",\"channel\":\"PHONE\",\"requesterName\":\"Paul\"}");
        String reference = reference(created.getContentAsString());
        Matcher versionOf = Pattern.compile("\"version\":(\\d+)").matcher(created.getContentAsString());
        assertThat(versionOf.find()).isTrue();
        String version = versionOf.group(1);
        long billing = teams.teamByCode("facturation").orElseThrow().getId();
        MockHttpServletResponse noNote = call(
                post("/api/v1/requests/" + reference + "/handoff"),
                token,
                "{\"version\":" + version + ",\"teamId\":" + billing + ",\"note\":\" \"}");
        assertThat(noNote.getStatus()).isEqualTo(400);
        MockHttpServletResponse stale = call(
                post("/api/v1/requests/" + reference + "/handoff"),
                token,
                "{\"version\":99,\"teamId\":" + billing + ",\"note\":\"Voir facture\"}");
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse handedOff = call(
                post("/api/v1/requests/" + reference + "/handoff"),
                token,
                "{\"version\":" + version + ",\"teamId\":" + billing + ",\"note\":\"Voir facture\"}");
        assertThat(handedOff.getStatus()).isEqualTo(200);
        assertThat(handedOff.getContentAsString())
                .contains("\"teamId\":" + billing)
                .contains("\"handoffCount\":1");
        MockHttpServletResponse rated = call(
                post("/api/v1/requests/" + reference + "/resolve"),
                token,
                "{\"version\":" + version + ",\"answer\":\"x\"}");
        assertThat(rated.getStatus()).isEqualTo(409);
    }

    @Test
    void aTeamQueueIsPagedWithACursor() throws Exception {
        var team = teams.createTeam(unique("file"), "File paginée", Office.BACK_OFFICE, null, false);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Actor actor = TestRequests.actorOf(agent);
        for (int i = 0; i < 7; i++) {
            Request r = requests.submit(TestRequests.byPhone(agent, null, "Client " + i, "Demande " + i), actor);
            requests.handOff(r.getId(), r.getVersion(), team.getId(), "note", new AccountPrincipal(agent));
        }
        UserAccount member = users.createWithHash(
                UserProfile.staff(
                        unique("membre"),
                        "Membre",
                        unique("membre") + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        team.getId(),
                        null),
                users.findByUsername(agent.getUsername()).orElseThrow().getPasswordHash(),
                false);
        String token = token(member);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MockHttpServletResponse page =
                    call(get("/api/v1/requests?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)), token, null);
            assertThat(page.getStatus()).isEqualTo(200);
            Matcher m = Pattern.compile("DEM-\\d{4}-\\d{6,}").matcher(page.getContentAsString());
            while (m.find()) {
                seen.add(m.group());
            }
            Matcher next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(page.getContentAsString());
            cursor = next.find() ? next.group(1) : null;
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void staffMoveARequestThroughItsStatusesWithPatchAndTheHistorySaysSo() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Actor actor = TestRequests.actorOf(agent);
        Request r = requests.submit(
                new NewRequest(
                        "Statuts par l'API", "Texte", Category.OTHER, Channel.PHONE, null, null, "Client", null, null),
                actor);
        String token = token(integrationUser(Role.FRONT_OFFICE));
        String path = "/api/v1/requests/" + r.getReference();

        MockHttpServletResponse started =
                call(patch(path), token, "{\"version\":" + r.getVersion() + ",\"status\":\"IN_PROGRESS\"}");
        assertThat(started.getStatus()).isEqualTo(200);
        assertThat(started.getContentAsString()).contains("\"status\":\"IN_PROGRESS\"");
        int version = requests.get(r.getId()).getVersion();

        MockHttpServletResponse waiting =
                call(patch(path), token, "{\"version\":" + version + ",\"status\":\"WAITING_CUSTOMER\"}");
        assertThat(waiting.getContentAsString()).contains("\"status\":\"WAITING_CUSTOMER\"");
        assertThat(requests.get(r.getId()).getPausedAt()).as("the clock stops").isNotNull();
        version = requests.get(r.getId()).getVersion();

        MockHttpServletResponse backToNew =
                call(patch(path), token, "{\"version\":" + version + ",\"status\":\"NEW\"}");
        assertThat(backToNew.getStatus()).isEqualTo(422);
        assertThat(backToNew.getContentAsString()).contains("requests.error.back-to-new");

        MockHttpServletResponse noAnswer =
                call(patch(path), token, "{\"version\":" + version + ",\"status\":\"RESOLVED\"}");
        assertThat(noAnswer.getStatus()).isEqualTo(422);
        assertThat(noAnswer.getContentAsString()).contains("requests.error.answer-required");
        assertThat(requests.get(r.getId()).getStatus()).isEqualTo(RequestStatus.WAITING_CUSTOMER);

        MockHttpServletResponse resolved = call(
                patch(path),
                token,
                "{\"version\":" + version + ",\"status\":\"RESOLVED\",\"answer\":\"Réglé par téléphone.\"}");
        assertThat(resolved.getStatus()).isEqualTo(200);
        assertThat(resolved.getContentAsString()).contains("\"status\":\"RESOLVED\"");
        version = requests.get(r.getId()).getVersion();
        MockHttpServletResponse closed =
                call(patch(path), token, "{\"version\":" + version + ",\"status\":\"CLOSED\"}");
        assertThat(closed.getContentAsString()).contains("\"status\":\"CLOSED\"");

        String history = call(get(path + "/history"), token, null).getContentAsString();
        assertThat(history)
                .contains("WORK_STARTED")
                .contains("WAITING_CUSTOMER")
                .contains("RESOLVED")
                .contains("CLOSED");
        MockHttpServletResponse customer =
                call(patch(path), token(customerUser()), "{\"version\":" + version + ",\"status\":\"IN_PROGRESS\"}");
        assertThat(customer.getStatus()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        MockHttpServletResponse docs =
                mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString())
                .contains("\"openapi\"")
                .contains("/api/v1/requests")
                .contains("/api/v1/requests/{reference}/handoff");
    }

    private String token(UserAccount account) {
        return apiTokenOf(account);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        request = request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String reference(String json) {
        Matcher m = Pattern.compile("DEM-\\d{4}-\\d{6,}").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
