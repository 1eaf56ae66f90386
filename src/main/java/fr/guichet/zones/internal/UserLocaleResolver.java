package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * French by default, English on request. The choice is kept in a cookie for the browser and, for a signed-in user,
 * in their account, so that it follows them to another browser at their next login.
 */
@Component("localeResolver")
class UserLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "GUICHET_LANG";

    private final UserManagement users;

    UserLocaleResolver(UserManagement users) {
        super(COOKIE);
        this.users = users;
        setDefaultLocale(Locale.FRENCH);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Language.of(super.resolveLocale(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        super.setLocale(request, response, language.locale());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            users.changeLanguage(principal.getUsername(), language);
        }
    }

    /**
     * At login, a language chosen in this browser (on the login page, say) wins and becomes the account's; a browser
     * that never chose one takes the account's.
     */
    void onLogin(HttpServletRequest request, HttpServletResponse response, AccountPrincipal principal) {
        Cookie chosen = WebUtils.getCookie(request, COOKIE);
        if (chosen != null) {
            users.changeLanguage(principal.getUsername(), Language.ofCode(chosen.getValue()));
        } else {
            super.setLocale(
                    request, response, Language.ofCode(principal.getLanguage()).locale());
        }
    }
}
