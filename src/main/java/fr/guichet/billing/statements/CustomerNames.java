package fr.guichet.billing.statements;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a statement line names among customers: a customer whose name (accents, case and punctuation aside, five
 * characters at least) appears in the line's label or counterparty name — one customer only, else nobody.
 */
final class CustomerNames {

    private static final int SHORTEST = 5;

    private CustomerNames() {}

    static Optional<Long> named(String text, Map<Long, String> customers) {
        String line = " " + plain(text) + " ";
        Long found = null;
        for (Map.Entry<Long, String> customer : customers.entrySet()) {
            String name = plain(customer.getValue());
            if (name.length() >= SHORTEST && line.contains(" " + name + " ")) {
                if (found != null && !found.equals(customer.getKey())) {
                    return Optional.empty();
                }
                found = customer.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    static String plain(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
