package fr.guichet.zones.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @PostMapping("/account/presence")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam boolean present,
            @RequestParam(defaultValue = "") String back) {
        if (user.getKind() == AccountKind.STAFF) {
            users.changePresence(user.getId(), present);
        }
        // Back to the page the toolbar was on, only ever a path of this application.
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/");
    }

    /** Whether the staff member is present, for the toolbar of every desk and back-office page. */
    @ControllerAdvice
    static class PresenceAdvice {

        private final UserManagement users;

        PresenceAdvice(UserManagement users) {
            this.users = users;
        }

        @ModelAttribute("present")
        Boolean present(@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request) {
            String path = request.getRequestURI();
            if (user == null
                    || user.getKind() != AccountKind.STAFF
                    || !(path.startsWith("/desk") || path.startsWith("/back"))
                    || "true".equals(request.getHeader("HX-Request"))) {
                return null;
            }
            return users.isPresent(user.getId());
        }
    }
}
