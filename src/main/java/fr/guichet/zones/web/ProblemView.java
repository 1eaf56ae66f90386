package fr.guichet.zones.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/** Renders a problem detail (RFC 9457) as the body of an error dispatch. */
class ProblemView implements View {

    private final JsonMapper json;
    private final ProblemDetail problem;

    ProblemView(JsonMapper json, ProblemDetail problem) {
        this.json = json;
        this.problem = problem;
    }

    @Override
    public String getContentType() {
        return "application/problem+json";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        response.setContentType(getContentType());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
