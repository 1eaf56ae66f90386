package fr.guichet.billing.statements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoice numbers a payer wrote, however they wrote them: "FA-2026-000123", "FA 2026 000123", "fa2026/123",
 * inside a creditor reference "RF18FA2026000123" — a series prefix, a year, a number — given back as billing numbers
 * them ("FA-2026-000123").
 */
final class InvoiceNumbersInText {

    private InvoiceNumbersInText() {}

    static List<String> find(String text, List<String> series) {
        Set<String> found = new LinkedHashSet<>();
        String upper = text.toUpperCase(Locale.ROOT);
        for (String prefix : series) {
            Pattern pattern = Pattern.compile("(?<![A-Z])" + Pattern.quote(prefix.toUpperCase(Locale.ROOT))
                    + "[\\s\\-_/.]*(20\\d{2})[\\s\\-_/.]*(\\d{1,6})(?!\\d)");
            Matcher matcher = pattern.matcher(upper);
            while (matcher.find()) {
                found.add(String.format(
                        Locale.ROOT, "%s-%s-%06d", prefix, matcher.group(1), Long.parseLong(matcher.group(2))));
            }
        }
        return List.copyOf(found);
    }
}
