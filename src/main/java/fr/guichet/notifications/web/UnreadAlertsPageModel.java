package fr.guichet.notifications.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.notifications.AlertManagement;
import fr.guichet.zones.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** How many unread alerts the staff member has, for the toolbar of every desk and back-office page. */
@Component
class UnreadAlertsPageModel extends PageModel {

    private final AlertManagement alerts;

    UnreadAlertsPageModel(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        AccountPrincipal user = staffOnFullDeskOrBackPage(request);
        if (user != null) {
            page.addObject("unreadAlerts", alerts.unread(user.getId()));
        }
    }
}
