package fr.guichet.zones.web;

import fr.guichet.zones.Zone;
import fr.guichet.zones.internal.ErrorReference;
import fr.guichet.zones.internal.RequestSizeLimits;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the container sees ends here: a page in the layout of the zone the user was in, or problem details
 * for the API. Server errors carry a reference that is also in the log, beside the stack trace.
 */
@Controller
class ZoneErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ZoneErrorController.class);

    private final JsonMapper json;

    ZoneErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        String reference = status.is5xxServerError() ? reference(request, path) : null;
        Zone zone = Zone.ofPath(path);
        RequestSizeLimits.Refusal refusal =
                request.getAttribute(RequestSizeLimits.REFUSAL) instanceof RequestSizeLimits.Refusal r ? r : null;
        if (zone == Zone.API || path.startsWith("/actuator")) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setType(URI.create("https://guichet.dev/problems/" + status.value()));
            problem.setInstance(URI.create(path));
            if (refusal != null) {
                problem.setDetail(refusal.detail());
                if (refusal.megabytes() > 0) {
                    problem.setProperty("limitMegabytes", refusal.megabytes());
                }
            }
            if (reference != null) {
                problem.setDetail("An unexpected error occurred; quote reference " + reference + ".");
                problem.setProperty("reference", reference);
            }
            ModelAndView body = new ModelAndView(new ProblemView(json, problem));
            body.setStatus(status);
            return body;
        }
        ModelAndView page = new ModelAndView("zones/error", status);
        page.addObject("zone", zone);
        page.addObject("layout", zone.layout());
        page.addObject("status", status.value());
        page.addObject("reference", reference);
        page.addObject("kind", kind(status));
        if (refusal != null && refusal.megabytes() > 0) {
            page.addObject("limitKey", refusal.messageKey());
            page.addObject("limitMegabytes", refusal.megabytes());
        }
        return page;
    }

    private static String reference(HttpServletRequest request, String path) {
        Object existing = request.getAttribute(ErrorReference.ATTRIBUTE);
        if (existing != null) {
            return existing.toString();
        }
        String reference = ErrorReference.next();
        request.setAttribute(ErrorReference.ATTRIBUTE, reference);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        log.error("Server error, reference {} on {}", reference, path, exception instanceof Throwable t ? t : null);
        return reference;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus resolved = HttpStatus.resolve(value);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, FORBIDDEN, UNAUTHORIZED, METHOD_NOT_ALLOWED, BAD_REQUEST, PAYLOAD_TOO_LARGE ->
                String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "other";
        };
    }
}
