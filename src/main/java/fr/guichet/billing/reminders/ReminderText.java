package fr.guichet.billing.reminders;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level's subject or body with its placeholders filled: {@code {number}} the invoice's number, {@code {dueDate}},
 * {@code {balance}} what it still asks, {@code {interest}} the late-payment interest to date, {@code {indemnity}} the
 * recovery indemnity, {@code {total}} the three together, {@code {days}} how many days late, {@code {customer}}.
 */
public final class ReminderText {

    public static final Set<String> PLACEHOLDERS =
            Set.of("number", "dueDate", "balance", "interest", "indemnity", "total", "days", "customer");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]*)}");

    private ReminderText() {}

    /** The placeholder a text names that does not exist, if any ("{montant}"). */
    public static java.util.Optional<String> unknownPlaceholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return java.util.Optional.of(m.group());
            }
        }
        return java.util.Optional.empty();
    }

    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
