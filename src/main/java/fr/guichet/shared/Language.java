package fr.guichet.shared;

import java.util.Locale;

/** The languages Guichet speaks: French first, English too. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The supported language closest to a locale; French when there is none. */
    public static Language of(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return EN;
        }
        return FR;
    }

    public static Language ofCode(String code) {
        return "en".equalsIgnoreCase(code) ? EN : FR;
    }
}
