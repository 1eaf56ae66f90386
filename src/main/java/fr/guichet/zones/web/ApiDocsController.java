package fr.guichet.zones.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/docs}: the REST API's browsable description. Swagger UI is served by springdoc from the jar (a webjar)
 * under {@code /api/docs/swagger-ui/}; the OpenAPI description is at {@code /api/docs/openapi.json}. Public: they
 * describe the API, never its data (ADR 0019).
 */
@Controller
class ApiDocsController {

    static final String SWAGGER_UI = "/api/docs/swagger-ui/index.html";

    @GetMapping("/api/docs")
    String docs() {
        return "redirect:" + SWAGGER_UI;
    }
}
