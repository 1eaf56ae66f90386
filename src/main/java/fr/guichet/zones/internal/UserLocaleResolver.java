package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.Language;
import fr.guichet.shared.SiteLanguage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The site's default language (the company's choice, {@link SiteLanguage}; French without one), the other on request. A switch ({@code ?lang=en}, a GET) changes only this browser's cookie; the
 * account keeps its language, changed by a POST: the account page's language form, or a login from a browser that
 * chose one (ADR 0014). The account's language follows the user to another browser at their next login.
 */
@Component("localeResolver")
class UserLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "GUICHET_LANG";

    private final UserManagement users;

    UserLocaleResolver(UserManagement users, ObjectProvider<SiteLanguage> siteLanguage) {
        super(COOKIE);
        this.users = users;
        setDefaultLocale(Locale.FRENCH);
        setDefaultLocaleFunction(request -> {
            SiteLanguage site = siteLanguage.getIfAvailable();
            return site == null ? Locale.FRENCH : site.defaultLanguage().locale();
        });
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
        super.setLocale(request, response, Language.of(locale).locale());
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
