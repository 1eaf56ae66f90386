package fr.guichet.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Addresses made from titles: lower case, no accent, words joined by dashes ("Réinitialiser son mot de passe" → "reinitialiser-son-mot-de-passe"). */
public final class Slugs {

    static final int MAX_LENGTH = 150;
    private static final String FORMAT = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {}

    public static String of(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe")
                .replace("æ", "ae")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (folded.length() > MAX_LENGTH) {
            folded = folded.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return folded;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches(FORMAT);
    }
}
