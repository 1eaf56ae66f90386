package fr.guichet.zones.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort for an exception no one handled: log it once, with its stack trace, beside a short reference
 * that the error page shows the user; the user sees the reference and nothing of the exception.
 */
class ErrorReferenceResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferenceResolver.class);

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            return null; // the security filters answer these: 403 or the login page
        }
        String reference = ErrorReference.next();
        request.setAttribute(ErrorReference.ATTRIBUTE, reference);
        log.error(
                "Unhandled error, reference {} on {} {}",
                reference,
                request.getMethod(),
                request.getRequestURI(),
                exception);
        try {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not send the error page for reference {}", reference, e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
