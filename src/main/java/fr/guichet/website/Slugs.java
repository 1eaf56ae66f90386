package fr.guichet.website;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule of a page's address: lower-case letters without accents, digits and single hyphens, 1 to 80 characters
 * ({@code a-propos}, {@code conditions-generales-de-vente}). A slug left empty is made from the title.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean valid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    /** The slug made from a title: "À propos de nous" → "a-propos-de-nous"; empty when the title has no letter. */
    public static String fromTitle(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("Œ", "oe")
                .replace("Æ", "ae")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() > MAX_LENGTH) {
            folded = folded.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return folded;
    }
}
