package fr.guichet.zones.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The REST API's description (OpenAPI, served at {@code /api/docs/openapi.json} and browsed at {@code /api/docs}):
 * title, version, the bearer-token scheme on every {@code /api/v1} operation, and the words of {@value #DESCRIPTIONS}
 * — a summary and a description for each operation, a description (and an example) for each field of each body —
 * kept apart from the controllers so that every module's API is described in one reviewed place (ADR 0019).
 * {@code ApiDocumentationIT} fails when an operation or a field has none.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String DESCRIPTIONS = "openapi/descriptions.yaml";

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI guichetApi() {
        return new OpenAPI()
                // relative to the document: never an address taken from the request's Host header
                .servers(List.of(new Server().url("/")))
                .info(new Info().title("Guichet API").version("v1").description(text(descriptions(), "api")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("gch_…")
                                        .description(text(descriptions(), "bearer"))));
    }

    @Bean
    OpenApiCustomizer describedApi() {
        Map<String, Object> words = descriptions();
        Map<String, Object> operations = section(words, "operations");
        Map<String, Object> schemas = section(words, "schemas");
        Map<String, Object> parameters = section(words, "parameters");
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> describe(path, item, operations, parameters));
            api.getPaths()
                    .values()
                    .forEach(item -> item.readOperations().forEach(operation -> {
                        if (operation.getTags() != null) {
                            operation.setTags(operation.getTags().stream()
                                    .map(ApiDocumentation::readable)
                                    .toList());
                        }
                    }));
            if (api.getTags() != null) {
                api.getTags().forEach(tag -> tag.setName(readable(tag.getName())));
            }
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().forEach((name, schema) -> describe(name, schema, schemas));
            }
        };
    }

    /** A controller's tag as people read it: "saved-reply-api-controller" is "Saved reply". */
    static String readable(String tag) {
        String words =
                tag.replace("-api-controller", "").replace("-controller", "").replace('-', ' ');
        return words.isEmpty() ? tag : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final String PROBLEM = "ProblemDetail";

    /** The shape of every error (RFC 9457), with the properties Guichet adds. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("rule", new StringSchema())
                .addProperty("errors", new ObjectSchema().additionalProperties(new StringSchema()))
                .addProperty("caller", new ObjectSchema());
    }

    /** The errors every operation may answer; 400, 409 and 422 for those that take a body or parameters. */
    private static void errors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problem(responses, "401", "No token, or an unknown, revoked or expired one.");
        problem(responses, "403", "Not this account's to do: the problem says which role or team it lacks.");
        problem(responses, "404", "Nothing by that identifier that this account may see.");
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "A field or parameter does not validate; `errors` names it.");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "409", "The `version` sent is stale: someone changed it meanwhile; read it again.");
            problem(responses, "422", "A business rule refuses it; `rule` names the rule and `errors` the field.");
        }
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            "application/problem+json",
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** A success other than 200 (201 Created, 204 No Content) takes the place of the 200 springdoc assumed. */
    @SuppressWarnings("unchecked")
    private static void successes(Operation operation, Object declared) {
        if (!(declared instanceof Map) || operation.getResponses() == null) {
            return;
        }
        ((Map<Object, Object>) declared).forEach((code, description) -> {
            String status = code.toString();
            ApiResponse response = operation.getResponses().get(status);
            if (response == null) {
                response = operation.getResponses().remove("200");
                response = response == null ? new ApiResponse() : response;
                if ("204".equals(status)) {
                    response.setContent(null);
                }
                operation.getResponses().addApiResponse(status, response);
            }
            response.setDescription(description.toString().strip());
        });
    }

    private static void describe(
            String path, PathItem item, Map<String, Object> operations, Map<String, Object> parameters) {
        item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Object> words = section(operations, method.name() + " " + path);
            if (operation.getParameters() != null) {
                Map<String, Object> own = section(words, "parameters");
                operation.getParameters().forEach(parameter -> {
                    Object description = own.getOrDefault(parameter.getName(), parameters.get(parameter.getName()));
                    if (description != null) {
                        parameter.setDescription(description.toString().strip());
                    }
                });
            }
            if (words.get("summary") != null) {
                operation.setSummary(words.get("summary").toString().strip());
            }
            if (words.get("description") != null) {
                operation.setDescription(words.get("description").toString().strip());
            }
            successes(operation, words.get("responses"));
            if (path.startsWith("/api/v1")) {
                secure(operation);
                errors(operation);
            }
        });
    }

    private static void secure(Operation operation) {
        operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(String name, Schema schema, Map<String, Object> schemas) {
        Map<String, Object> words = section(schemas, name);
        if (words.get("description") != null) {
            schema.setDescription(words.get("description").toString().strip());
        }
        Map<String, Object> fields = section(words, "properties");
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((field, property) -> {
            Object described = fields.get(field);
            Map<String, Object> about = described instanceof Map ? (Map<String, Object>) described : Map.of();
            Object description = described instanceof String ? described : about.get("description");
            if (description != null) {
                property.setDescription(description.toString().strip());
            }
            if (about.get("example") != null) {
                property.setExample(example(property, about.get("example")));
            }
        });
    }

    /** An example of the field's own type (a number stays a number in the description). */
    @SuppressWarnings("rawtypes")
    private static Object example(Schema property, Object value) {
        String type = property.getType() != null
                ? property.getType()
                : property.getTypes() != null && !property.getTypes().isEmpty()
                        ? property.getTypes().iterator().next().toString()
                        : "";
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "integer" -> value instanceof Number ? value : Long.valueOf(value.toString());
            case "number" -> new BigDecimal(value.toString());
            case "boolean" -> value instanceof Boolean ? value : Boolean.valueOf(value.toString());
            case "string" -> value.toString();
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> words, String key) {
        Object value = words.get(key);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static String text(Map<String, Object> words, String key) {
        Object value = words.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static Map<String, Object> descriptions() {
        try (InputStream in = new ClassPathResource(DESCRIPTIONS).getInputStream()) {
            Map<String, Object> loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return loaded == null ? Map.of() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("The API's descriptions cannot be read: " + DESCRIPTIONS, e);
        }
    }
}
