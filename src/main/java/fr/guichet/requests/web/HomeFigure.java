package fr.guichet.requests.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A figure of a home panel: how many, what (a message key taking the count, for its plural), and the list it opens,
 * whose count is the same number. {@code tone}: how the figure stands out ("" plain, "warn", "danger") besides its
 * words, never instead of them.
 */
record HomeFigure(String key, long count, String href, String tone) {

    static HomeFigure of(String key, long count, String href) {
        return new HomeFigure(key, count, href, "");
    }

    static HomeFigure warn(String key, long count, String href) {
        return new HomeFigure(key, count, href, count > 0 ? "warn" : "");
    }

    static HomeFigure danger(String key, long count, String href) {
        return new HomeFigure(key, count, href, count > 0 ? "danger" : "");
    }

    /** A list's address: the path and the parameters given, in order, the null ones left out. */
    static String link(String path, Object... nameValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                uri.queryParam((String) nameValues[i], nameValues[i + 1]);
            }
        }
        return uri.build().encode().toUriString();
    }
}
