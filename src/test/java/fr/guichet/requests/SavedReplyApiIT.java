package fr.guichet.requests;

import static fr.guichet.requests.SavedReplyWorld.as;
import static fr.guichet.requests.SavedReplyWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.shared.Language;
import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The saved-replies API, by the pages' rules; and tokens that see nothing are told why. */
class SavedReplyApiIT extends IntegrationTest {

    @Autowired
    SavedReplyManagement replies;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    ObjectMapper json;

    SavedReplyWorld world;

    @BeforeEach
    void world() {
        world = new SavedReplyWorld(users, teams, customers, requests, IntegrationTest::unique);
    }

    @Test
    void aTeamLeadSavesATeamReplyItsMembersListAndFillForARequest() throws Exception {
        String lead = apiTokenOf(world.lead);
        MockHttpServletResponse created = call(
                post("/api/v1/saved-replies"),
                lead,
                "{\"title\":\"Ack\",\"body\":\"Hello {{customer.name}}, about {{request.reference}}.\",\"language\":\"EN\",\"scope\":\"TEAM\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode reply = json.readTree(created.getContentAsString());
        long id = reply.get("id").asLong();
        int version = reply.get("version").asInt();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/saved-replies/" + id);
        assertThat(reply.get("scope").asString()).isEqualTo("TEAM");
        assertThat(reply.get("mayChange").asBoolean()).isTrue();

        String member = apiTokenOf(world.member);
        JsonNode list =
                json.readTree(call(get("/api/v1/saved-replies"), member, null).getContentAsString());
        assertThat(list.get("items").findValuesAsString("title")).contains("Ack");
        assertThat(list.get("items").get(0).get("mayChange").asBoolean()).isFalse();
        assertThat(list.get("scope").asString()).contains("its team (id " + world.team + ")");

        MockHttpServletResponse rendered = call(
                get("/api/v1/requests/" + world.request.getReference() + "/saved-replies/" + id + "/rendered"),
                member,
                null);
        assertThat(rendered.getStatus()).isEqualTo(200);
        assertThat(json.readTree(rendered.getContentAsString()).get("text").asString())
                .isEqualTo("Hello " + world.organisation.getName() + ", about " + world.request.getReference() + ".");

        MockHttpServletResponse refused = call(
                put("/api/v1/saved-replies/" + id),
                member,
                "{\"version\":" + version + ",\"title\":\"Mine\",\"body\":\"Hi\",\"language\":\"EN\"}");
        assertThat(refused.getStatus()).isEqualTo(403);
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.get("rule").asString()).isEqualTo("savedreplies.error.team-lead-only");
        assertThat(problem.get("caller").get("username").asString()).isEqualTo(world.member.getUsername());

        assertThat(call(get("/api/v1/saved-replies/" + id), apiTokenOf(world.otherTeamMember), null)
                        .getStatus())
                .as("another team's token: as if it did not exist")
                .isEqualTo(404);

        MockHttpServletResponse changed = call(
                put("/api/v1/saved-replies/" + id),
                lead,
                "{\"version\":" + version + ",\"title\":\"Ack 2\",\"body\":\"Hi {{agent.name}}\",\"language\":\"EN\"}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(call(
                                put("/api/v1/saved-replies/" + id),
                                lead,
                                "{\"version\":" + version + ",\"title\":\"Stale\",\"body\":\"Hi\",\"language\":\"EN\"}")
                        .getStatus())
                .isEqualTo(409);
        assertThat(call(delete("/api/v1/saved-replies/" + id + "?version=" + version), lead, null)
                        .getStatus())
                .isEqualTo(409);
        assertThat(call(delete("/api/v1/saved-replies/" + id + "?version=" + (version + 1)), lead, null)
                        .getStatus())
                .isEqualTo(204);
        assertThat(replies.usableBy(as(world.member)))
                .extracting(SavedReply::getId)
                .doesNotContain(id);
    }

    @Test
    void anUnknownPlaceholderIsA422NamingIt() throws Exception {
        MockHttpServletResponse refused = call(
                post("/api/v1/saved-replies"),
                apiTokenOf(world.member),
                "{\"title\":\"Oops\",\"body\":\"Hello {{customer.nmae}}\",\"language\":\"EN\",\"scope\":\"PERSONAL\"}");

        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.get("detail").asString()).contains("{{customer.nmae}}");
        assertThat(problem.get("errors").get("body").asString()).isEqualTo("savedreplies.error.unknown-placeholder");
    }

    @Test
    void anAccountWithoutATeamIsToldItsListHoldsOnlyItsOwnReplies() throws Exception {
        var integration = integrationUser(Role.BACK_OFFICE);
        String token = apiTokenOf(integration);

        JsonNode empty =
                json.readTree(call(get("/api/v1/saved-replies"), token, null).getContentAsString());
        assertThat(empty.get("items").isEmpty()).isTrue();
        assertThat(empty.get("scope").asString()).contains("belongs to no team");

        assertThat(call(
                                post("/api/v1/saved-replies"),
                                token,
                                "{\"title\":\"Own\",\"body\":\"Text\",\"language\":\"FR\",\"scope\":\"TEAM\"}")
                        .getStatus())
                .as("no team to write for")
                .isEqualTo(403);
        assertThat(call(
                                post("/api/v1/saved-replies"),
                                token,
                                "{\"title\":\"Own\",\"body\":\"Text\",\"language\":\"FR\",\"scope\":\"PERSONAL\"}")
                        .getStatus())
                .isEqualTo(201);
        assertThat(json.readTree(call(get("/api/v1/saved-replies"), token, null).getContentAsString())
                        .get("items")
                        .findValuesAsString("title"))
                .containsExactly("Own");
    }

    @Test
    void customersHaveNoSavedReplies() throws Exception {
        MockHttpServletResponse refused = call(get("/api/v1/saved-replies"), apiTokenOf(customerUser()), null);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json.readTree(refused.getContentAsString()).get("detail").asString())
                .isEqualTo("Saved replies are for staff only.");
    }

    @Test
    void aTokenWhoseAccountSeesNoQueueIsToldWhatItLacks() throws Exception {
        var integration = integrationUser(Role.BACK_OFFICE);

        MockHttpServletResponse refused = call(get("/api/v1/requests"), apiTokenOf(integration), null);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.get("detail").asString())
                .contains(integration.getUsername())
                .contains("has the roles BACK_OFFICE")
                .contains("belongs to no team")
                .contains("FRONT_OFFICE or ADMIN");
        assertThat(problem.get("caller").get("roles").get(0).asString()).isEqualTo("BACK_OFFICE");
        assertThat(problem.get("caller").get("teamId").isNull()).isTrue();

        var withTeam = world.person(world.team, Role.BACK_OFFICE);
        assertThat(call(get("/api/v1/requests"), apiTokenOf(withTeam), null).getStatus())
                .as("a team member's token lists its team's queue")
                .isEqualTo(200);
    }

    @Test
    void aRequestNotFoundSaysWhoAsked() throws Exception {
        var integration = integrationUser(Role.BACK_OFFICE);

        MockHttpServletResponse missing =
                call(get("/api/v1/requests/" + world.request.getReference()), apiTokenOf(integration), null);

        assertThat(missing.getStatus()).isEqualTo(404);
        JsonNode caller = json.readTree(missing.getContentAsString()).get("caller");
        assertThat(caller.get("username").asString()).isEqualTo(integration.getUsername());
        assertThat(caller.get("kind").asString()).isEqualTo("INTEGRATION");
    }

    @Test
    void theServiceAndTheApiAgreeOnWhatAMemberMayUse() throws Exception {
        SavedReply personal =
                replies.create(as(world.member), draft("Perso", "Texte", Language.FR, SavedReplyScope.PERSONAL));

        assertThat(call(get("/api/v1/saved-replies/" + personal.getId()), apiTokenOf(world.lead), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/saved-replies/" + personal.getId()), apiTokenOf(world.member), null)
                        .getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String body)
            throws Exception {
        request = request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
