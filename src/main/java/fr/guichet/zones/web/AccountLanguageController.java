package fr.guichet.zones.web;

import fr.guichet.identity.UserManagement;
import fr.guichet.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's language choice: the one change of the account's language a signed-in user makes (a
 * {@code ?lang=} link changes only the browser's, ADR 0014). It also switches this browser.
 */
@Controller
class AccountLanguageController {

    private final UserManagement users;
    private final LocaleResolver locales;

    AccountLanguageController(UserManagement users, LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
    }

    @PostMapping("/account/language")
    String change(
            @RequestParam(defaultValue = "fr") String language,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Language chosen = Language.ofCode(language);
        users.changeLanguage(authentication.getName(), chosen);
        locales.setLocale(request, response, chosen.locale());
        redirect.addFlashAttribute("flash", "account.language.changed");
        return "redirect:/account/password";
    }
}
