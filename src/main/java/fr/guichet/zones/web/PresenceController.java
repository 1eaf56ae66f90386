package fr.guichet.zones.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.zones.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A staff member says whether they are at work today, from the toolbar of the desk and the back office; teams that
 * assign requests automatically pass over the absent.
 */
@Controller
class PresenceController {

    private final UserManagement users;

    PresenceController(UserManagement users) {
        this.users = users;
    }

    /**
     * A path of this application, as the toolbar sends it: no scheme or host ("//"), no backslash, no line break, no
     * "{...}" that the redirect would read as a template variable.
     */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%?&=+,;:@!$'()*-]*");

    @PostMapping("/account/presence")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam boolean present,
            @RequestParam(defaultValue = "") String back) {
        if (user.getKind() == AccountKind.STAFF) {
            users.changePresence(user.getId(), present);
        }
        // Back to the page the toolbar was on, only ever a path of this application.
        return "redirect:" + (LOCAL_PATH.matcher(back).matches() ? back : "/");
    }

    /** Whether the staff member is present, for the toolbar of every desk and back-office page. */
    @Component
    static class PresencePageModel extends PageModel {

        private final UserManagement users;

        PresencePageModel(UserManagement users) {
            this.users = users;
        }

        @Override
        protected void addTo(ModelAndView page, HttpServletRequest request) {
            AccountPrincipal user = staffOnFullDeskOrBackPage(request);
            if (user != null) {
                page.addObject("present", users.isPresent(user.getId()));
            }
        }
    }
}
