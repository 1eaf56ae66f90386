package fr.guichet.zones.web;

import fr.guichet.zones.Zone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the path (for the language switch) and the zone it is in. */
@ControllerAdvice
class ZoneModelAdvice {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/error") ? "/" : path;
    }

    @ModelAttribute("currentZone")
    Zone currentZone(HttpServletRequest request) {
        return Zone.ofPath(currentPath(request));
    }
}
