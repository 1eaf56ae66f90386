package fr.guichet.zones.web;

import fr.guichet.zones.Zone;
import fr.guichet.zones.internal.LoginFailureHandler;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for everybody; the user lands in their zone afterwards. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, HttpSession session, Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + Zone.homeOf(authentication).root();
        }
        Object lastUsername = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("lastUsername", lastUsername == null ? "" : lastUsername);
        return "zones/login";
    }
}
