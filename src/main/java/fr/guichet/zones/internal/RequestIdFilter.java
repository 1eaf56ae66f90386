package fr.guichet.zones.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each HTTP request an id, taken from a trusted-looking {@code X-Request-Id} header or made up, puts it in
 * the logging context and sends it back in the response.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The container renders error pages in a second dispatch of the same request: keep its id.
        String requestId = request.getAttribute(MDC_KEY) instanceof String known ? known : newId(request);
        request.setAttribute(MDC_KEY, requestId);
        MDC.put(MDC_KEY, requestId);
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String newId(HttpServletRequest request) {
        String incoming = request.getHeader(HEADER);
        return incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
