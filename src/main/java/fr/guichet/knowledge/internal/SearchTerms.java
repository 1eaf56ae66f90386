package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the search compares them, without a database: accents folded ("réseau" → "reseau"), lower case, common
 * words dropped, and a light stemmer per language (plurals and the usual suffixes: "imprimantes" and "imprimer" →
 * "imprim", "factures" → "factur", "printers" → "print"). Used by the H2 search and, on both databases, to highlight
 * the matched words (ADR 0032).
 */
public final class SearchTerms {

    /** A word of a text: letters and digits (an apostrophe ends a word: "l'imprimante" → "l", "imprimante"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Set<String> FRENCH_STOP = Set.of(
            "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "en", "est",
            "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "lui", "m", "ma", "mais", "me", "mes", "moi",
            "mon", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui", "s",
            "sa", "se", "ses", "son", "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre",
            "vous", "y", "comment", "faire", "sont", "ai", "suis", "ete", "etre", "avoir", "quand", "quoi");

    private static final Set<String> ENGLISH_STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "how", "i",
            "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "so", "that",
            "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "what", "when",
            "where", "which", "who", "why", "will", "with", "you", "your", "s", "t", "don", "doesn", "can't", "am");

    private static final String[] FRENCH_SUFFIXES = {
        "issements",
        "issement",
        "atrices",
        "atrice",
        "ateurs",
        "ateur",
        "ations",
        "ation",
        "ements",
        "ement",
        "ments",
        "ment",
        "euses",
        "euse",
        "ances",
        "ance",
        "ences",
        "ence",
        "iques",
        "ique",
        "ables",
        "able",
        "antes",
        "ante",
        "ants",
        "ant",
        "ees",
        "ee",
        "es",
        "er",
        "ez",
        "ir",
        "eur",
        "e"
    };

    private static final String[] ENGLISH_SUFFIXES = {
        "ations", "ation", "ements", "ement", "ments", "ment", "nesses", "ness", "ings", "ing", "ers", "er", "ed", "ly",
        "es", "e"
    };

    private SearchTerms() {}

    /** Lower case, accents and ligatures folded: the form both sides of a comparison are brought to. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The stems a query or a text brings, in order, without repeats and without common words. */
    public static List<String> stems(String text, Language language) {
        Set<String> stems = new LinkedHashSet<>();
        Matcher words = WORD.matcher(fold(text));
        while (words.find()) {
            String stem = stemOrNull(words.group(), language);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return new ArrayList<>(stems);
    }

    /** The stem of one word already folded; null for a common word. */
    public static String stemOrNull(String foldedWord, Language language) {
        Set<String> stop = language == Language.EN ? ENGLISH_STOP : FRENCH_STOP;
        if (stop.contains(foldedWord)) {
            return null;
        }
        return stem(foldedWord, language);
    }

    /** The stem of a folded word. Digits and short words stay as they are. */
    public static String stem(String word, Language language) {
        if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        return language == Language.EN ? english(word) : french(word);
    }

    private static String french(String word) {
        String w = word;
        if (w.length() > 4 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("aux") || (w.endsWith("au") && w.length() > 5)) {
            return w; // réseau(x), bureau(x): nothing more to take
        }
        return strip(w, FRENCH_SUFFIXES);
    }

    private static String english(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        String stripped = strip(w, ENGLISH_SUFFIXES);
        if (stripped.length() > 3
                && stripped.charAt(stripped.length() - 1) == stripped.charAt(stripped.length() - 2)
                && !stripped.endsWith("ss")
                && !stripped.endsWith("ll")) {
            stripped = stripped.substring(0, stripped.length() - 1); // "logged" → "logg" → "log"
        }
        return stripped;
    }

    private static String strip(String word, String[] suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
