package fr.guichet.notifications.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.notifications.Notices;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How many unread notices the staff member has, for the toolbar of every desk and back-office page. */
@ControllerAdvice
class UnreadNoticesAdvice {

    private final Notices notices;

    UnreadNoticesAdvice(Notices notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Integer unreadNotices(@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (user == null
                || user.getKind() != AccountKind.STAFF
                || !(path.startsWith("/desk") || path.startsWith("/back"))
                || "true".equals(request.getHeader("HX-Request"))) {
            return null;
        }
        return notices.unread(user.getId());
    }
}
