package fr.guichet.zones.web;

import fr.guichet.zones.PageModel;
import fr.guichet.zones.Zone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's layout needs: the path (for the language switch) and the zone it is in. A page shown in answer to
 * a form posted elsewhere (a request's act) gives its own address as {@code pagePath}.
 */
@Component
class ZonePageModel extends PageModel {

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        // a page shown again after a refused act names its own address ("pagePath"): the act's has no GET
        String path = page.getModel().get("pagePath") instanceof String own ? own : currentPath(request);
        page.addObject("currentPath", path);
        page.addObject("currentZone", Zone.ofPath(path));
    }

    private static String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/error") ? "/" : path;
    }
}
