package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API explains itself (ADR 0019): Swagger UI at /api/docs from the jar, and an OpenAPI description in which every
 * /api/v1 operation has a summary, a description and the bearer scheme, and every parameter and every field of every
 * body a description. A new operation or field without its words fails here, naming it.
 */
class ApiDocumentationIT extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void swaggerUiIsServedFromTheJarToAnyone() throws Exception {
        MockHttpServletResponse docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(302);
        assertThat(docs.getRedirectedUrl()).isEqualTo("/api/docs/swagger-ui/index.html");

        MockHttpServletResponse ui =
                mvc.perform(get("/api/docs/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(200);
        assertThat(ui.getContentAsString()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        assertThat(ui.getHeader("Content-Security-Policy")).contains("script-src 'self'");

        MockHttpServletResponse initializer = mvc.perform(get("/api/docs/swagger-ui/swagger-initializer.js"))
                .andReturn()
                .getResponse();
        assertThat(initializer.getContentAsString())
                .as("the UI reads the description from here, and nothing from elsewhere")
                .contains("/api/docs/openapi.json/swagger-config")
                .contains("\"validatorUrl\" : \"none\"");
        assertThat(mvc.perform(get("/api/docs/swagger-ui/swagger-ui-bundle.js"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theDescriptionHasATitleAVersionAndTheBearerScheme() throws Exception {
        JsonNode api = description();

        assertThat(api.get("info").get("title").asString()).isEqualTo("Guichet API");
        assertThat(api.get("info").get("version").asString()).isEqualTo("v1");
        assertThat(api.get("info").get("description").asString())
                .contains("Bearer")
                .contains("problem details");
        JsonNode bearer = api.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(api.get("servers").get(0).get("url").asString())
                .as("relative to the document, never the request's Host")
                .isEqualTo("/");
        assertThat(api.get("paths")
                        .get("/api/v1/saved-replies")
                        .get("get")
                        .get("tags")
                        .get(0)
                        .asString())
                .as("sections named as people read them")
                .isEqualTo("Saved reply");
    }

    @Test
    void everyOperationAndEveryFieldIsDescribed() throws Exception {
        JsonNode api = description();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            if (testOnly().contains(path.getKey())) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String operation = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                operations++;
                if (blank(op, "summary")) {
                    missing.add(operation + ": summary");
                }
                if (blank(op, "description")) {
                    missing.add(operation + ": description");
                }
                if (path.getKey().startsWith("/api/v1")
                        && !op.path("security").toString().contains("\"bearer\"")) {
                    missing.add(operation + ": the bearer scheme");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (blank(parameter, "description")) {
                        missing.add(operation + ": parameter "
                                + parameter.get("name").asString());
                    }
                }
                for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
                    if (blank(response.getValue(), "description")) {
                        missing.add(operation + ": response " + response.getKey());
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema :
                api.get("components").get("schemas").properties()) {
            if (blank(schema.getValue(), "description")) {
                missing.add("schema " + schema.getKey());
            }
            for (Map.Entry<String, JsonNode> field :
                    schema.getValue().path("properties").properties()) {
                if (blank(field.getValue(), "description")) {
                    missing.add("schema " + schema.getKey() + ": field " + field.getKey());
                }
            }
        }

        assertThat(operations)
                .as("the API's operations are all in the description")
                .isGreaterThan(30);
        assertThat(missing)
                .as("operations and fields without words: add them to src/main/resources/openapi/descriptions.yaml")
                .isEmpty();
    }

    @Test
    void examplesShowTheShapeOfTheBodies() throws Exception {
        JsonNode schemas = description().get("components").get("schemas");

        assertThat(schemas.get("CreateRequest")
                        .get("properties")
                        .get("category")
                        .get("example")
                        .asString())
                .isEqualTo("TECHNICAL");
        assertThat(schemas.get("RequestView")
                        .get("properties")
                        .get("handoffCount")
                        .get("example")
                        .isNumber())
                .as("an example has the field's type")
                .isTrue();
        assertThat(schemas.get("NewSavedReply")
                        .get("properties")
                        .get("body")
                        .get("example")
                        .asString())
                .contains("{{customer.name}}");
    }

    /** The paths of the test-only controllers: not operations of the application. */
    private static Set<String> testOnly() {
        return Arrays.stream(FailingTestController.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(GetMapping.class))
                .filter(Objects::nonNull)
                .flatMap(mapping -> Arrays.stream(mapping.value()))
                .collect(Collectors.toSet());
    }

    private JsonNode description() throws Exception {
        MockHttpServletResponse docs =
                mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        return json.readTree(docs.getContentAsString());
    }

    private static boolean blank(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank();
    }
}
