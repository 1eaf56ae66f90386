package fr.guichet.notifications.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.notifications.Notices;
import fr.guichet.zones.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** How many unread notices the staff member has, for the toolbar of every desk and back-office page. */
@Component
class UnreadNoticesPageModel extends PageModel {

    private final Notices notices;

    UnreadNoticesPageModel(Notices notices) {
        this.notices = notices;
    }

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        AccountPrincipal user = staffOnFullDeskOrBackPage(request);
        if (user != null) {
            page.addObject("unreadNotices", notices.unread(user.getId()));
        }
    }
}
