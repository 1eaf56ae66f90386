package fr.guichet.zones;

import fr.guichet.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * A page whose address says its language ({@code /en/about}) is rendered in that language, whatever the visitor chose
 * elsewhere (the {@code ?lang=} switch, their cookie): its labels, menus and {@code lang} attribute follow the URL.
 * The visitor's choice is left as it is.
 */
public final class PageLanguage {

    private PageLanguage() {}

    /** Renders this request's page in {@code language}. */
    public static void use(HttpServletRequest request, Language language) {
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, language.locale());
    }
}
