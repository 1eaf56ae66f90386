package fr.guichet.zones.web;

import fr.guichet.zones.PageModel;
import fr.guichet.zones.Zone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** What every page's layout needs: the path (for the language switch) and the zone it is in. */
@Component
class ZonePageModel extends PageModel {

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        String path = currentPath(request);
        page.addObject("currentPath", path);
        page.addObject("currentZone", Zone.ofPath(path));
    }

    private static String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/error") ? "/" : path;
    }
}
