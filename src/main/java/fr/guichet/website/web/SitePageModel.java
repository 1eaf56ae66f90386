package fr.guichet.website.web;

import fr.guichet.shared.Language;
import fr.guichet.website.SiteContent;
import fr.guichet.zones.PageModel;
import fr.guichet.zones.Zone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The site's menu ({@code siteMenu}: the published pages in the menu, in its order) and the footer's legal places
 * ({@code siteLegal}) for every page of the public site, in the page's language; also for a page's preview.
 */
@Component
class SitePageModel extends PageModel {

    private final SiteContent site;

    SitePageModel(SiteContent site) {
        this.site = site;
    }

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        boolean preview = Boolean.TRUE.equals(page.getModel().get("preview"));
        if (Zone.ofPath(path) != Zone.PUBLIC && !preview) {
            return;
        }
        Language language = page.getModel().get("siteLanguage") instanceof Language own
                ? own
                : Language.of(RequestContextUtils.getLocale(request));
        page.addObject("siteMenu", site.menu(language));
        page.addObject("siteLegal", site.legal(language));
    }
}
