package fr.guichet.zones;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Everything Guichet answers without a signed-in user, in one place. The security chains permit these and nothing
 * else: any other route a controller answers needs a role (ADR 0013), and the access matrix test fails for a route
 * that is neither here nor in its table.
 */
public final class PublicRoutes {

    /** A public route: an HTTP method (none: every method) and a path pattern as Spring MVC writes them. */
    public record Route(HttpMethod method, String pattern) {

        /** Whether a controller's mapping (its method, none for all, and its pattern) falls under this route. */
        public boolean covers(HttpMethod other, String otherPattern) {
            return (method == null || method.equals(other))
                    && (pattern.equals(otherPattern)
                            || PathPatternParser.defaultInstance
                                    .parse(pattern)
                                    .matches(PathContainer.parsePath(otherPattern)));
        }
    }

    /** Files of the site (styles, scripts, images): no controller behind them. */
    public static final List<String> STATIC_FILES =
            List.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico");

    /** The public site, the login page, the acceptance of a portal invitation and the error page. */
    public static final List<Route> PAGES = List.of(
            get("/"),
            // the site's pages: the home page in each language, and a page by its address in its language
            get("/en"),
            get("/fr"),
            get("/{lang:fr|en}/{slug}"),
            get("/services"),
            get("/contact"),
            post("/contact"),
            // the site's news, its feed, the media library's images, the sitemap and robots.txt (issue 14)
            get("/news"),
            get("/news/{slug}"),
            get("/news/feed.atom"),
            get("/media/{id}/{filename}"),
            get("/sitemap.xml"),
            get("/robots.txt"),
            // the help centre: published public articles only (internal ones and drafts answer 404)
            get("/help"),
            get("/help/categories/{slug}"),
            get("/help/articles/{slug}"),
            post("/help/articles/{slug}/vote"),
            // the help centre's search, and the articles suggested beside the contact and request forms (deflection)
            get("/help/search"),
            get("/help/suggest"),
            get("/help/suggest/{id}"),
            get("/login"),
            get("/invitation/{secret}"),
            post("/invitation/{secret}"),
            // the counter's kiosk and display: public, but each answers only with its secret link (ADR 0026)
            get("/counter/kiosk/{secret}"),
            post("/counter/kiosk/{secret}/tickets"),
            get("/counter/display/{secret}"),
            get("/counter/display/{secret}/board"),
            get("/counter/display/{secret}/events"),
            // the company's logo and brand colour, linked from every page; the first run of a fresh install (ADR 0028)
            get("/company/logo"),
            get("/company/theme.css"),
            get("/setup"),
            post("/setup"),
            new Route(null, "/error"));

    /**
     * The REST API's documentation: Swagger UI ({@code /api/docs}, its files under {@code /api/docs/swagger-ui/}) and
     * the OpenAPI description ({@code /api/docs/openapi.json}). They describe the API, never its data (ADR 0019).
     */
    public static final List<Route> API_DOCS = List.of(get("/api/docs"), get("/api/docs/**"));

    /** Liveness and readiness, for the load balancer and the orchestrator. */
    public static final List<Route> OPERATIONS = List.of(get("/actuator/health"), get("/actuator/health/**"));

    private PublicRoutes() {}

    /** Whether the route a controller maps (method and pattern) is public. */
    public static boolean isPublic(HttpMethod method, String pattern) {
        return Stream.of(PAGES, API_DOCS, OPERATIONS)
                .flatMap(List::stream)
                .anyMatch(route -> route.covers(method, pattern));
    }

    private static Route get(String pattern) {
        return new Route(HttpMethod.GET, pattern);
    }

    private static Route post(String pattern) {
        return new Route(HttpMethod.POST, pattern);
    }
}
