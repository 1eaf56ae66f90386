package fr.guichet.website;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The slug policy of news items: lower-case letters without accents, digits and single dashes, 2 to 160 characters
 * ("nouvelle-agence-a-lyon"); made from the title when the author leaves it blank.
 */
public final class NewsSlugs {

    static final int MAX = 160;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private NewsSlugs() {}

    /** The slug of a title: accents dropped, every run of other characters a dash. */
    public static String fromTitle(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("-+$", "");
        }
        return plain;
    }

    /** Whether a slug typed by the author is valid as it is. */
    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() >= 2
                && slug.length() <= MAX
                && VALID.matcher(slug).matches();
    }
}
