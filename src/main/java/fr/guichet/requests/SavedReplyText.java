package fr.guichet.requests;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a saved reply's placeholders are read: which words it uses, which are unknown, and the text filled in. */
public final class SavedReplyText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private SavedReplyText() {}

    /** The words between double braces that are no {@link SavedReplyPlaceholder}, in the order they appear. */
    public static List<String> unknownPlaceholders(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (SavedReplyPlaceholder.ofWord(m.group(1)).isEmpty()) {
                unknown.add(m.group(1));
            }
        }
        return List.copyOf(unknown);
    }

    /** The body with every known placeholder replaced by its value (empty when the request has none). */
    public static String fill(String body, Map<SavedReplyPlaceholder, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = SavedReplyPlaceholder.ofWord(m.group(1))
                    .map(p -> values.getOrDefault(p, ""))
                    .orElse(m.group());
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
