package fr.guichet.zones;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;

/**
 * What a module adds to the model of every page the zones render (the toolbar's figures, the current path…): a
 * bean of this type is called after the controller, only when a page is about to be rendered — never for the API's
 * JSON, downloads, redirects or forwards. Unlike a {@code @ControllerAdvice} model attribute, it costs the API nothing.
 */
public abstract class PageModel implements HandlerInterceptor {

    @Override
    public final void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.wasCleared() || isRedirectOrForward(page)) {
            return;
        }
        addTo(page, request);
    }

    /** Adds this module's attributes to the page's model. */
    protected abstract void addTo(ModelAndView page, HttpServletRequest request);

    /** The staff member viewing a full desk or back-office page (not an htmx fragment), if it is one. */
    protected static AccountPrincipal staffOnFullDeskOrBackPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!(path.startsWith("/desk") || path.startsWith("/back")) || "true".equals(request.getHeader("HX-Request"))) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.getPrincipal() instanceof AccountPrincipal user
                        && user.getKind() == AccountKind.STAFF
                ? user
                : null;
    }

    private static boolean isRedirectOrForward(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return name.startsWith("redirect:") || name.startsWith("forward:");
        }
        return page.getView() instanceof SmartView view && view.isRedirectView();
    }
}
