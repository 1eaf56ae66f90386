package fr.guichet.zones.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no controller answers (with any method): a mistyped address, which gets the zones' 404
 * page for everyone. What a controller does answer is left to the rules of the chain, which deny what they do not
 * name (ADR 0013). The request is left as it came: attributes the lookup sets are removed afterwards.
 */
final class NoControllerRoute implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mapping;

    NoControllerRoute(ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Set<String> before = new HashSet<>(Collections.list(request.getAttributeNames()));
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return mapping.getObject().getHandler(request) == null;
        } catch (Exception controllerAnswersOtherwise) {
            // Another method, media type or parameters of a mapped path: a controller answers this path.
            return false;
        } finally {
            for (String name : Collections.list(request.getAttributeNames())) {
                if (!before.contains(name)) {
                    request.removeAttribute(name);
                }
            }
        }
    }
}
