package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.RequestManagement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * "Mes demandes" filtered by state (open, closed), category and who asked, with the count of each choice given the
 * other two (so that a count always says what choosing it would show).
 *
 * @param state {@code open}, {@code closed}, or empty for all
 * @param requester the name of who asked, or empty for anyone
 */
record PortalRequestFilter(String state, @Nullable Category category, String requester) {

    static final int LIMIT = 500;

    PortalRequestFilter {
        state = "open".equals(state) || "closed".equals(state) ? state : "";
        requester = requester == null ? "" : requester.strip();
    }

    /** The customer's requests: their organisation's, or (without one) those they filed. */
    static List<QueueItem> requestsOf(RequestManagement requests, @Nullable Long organisationId, long userId) {
        return organisationId == null
                ? requests.ofRequester(userId, LIMIT)
                : requests.ofOrganisation(organisationId, LIMIT);
    }

    public boolean isActive() {
        return !state.isEmpty() || category != null || !requester.isEmpty();
    }

    List<QueueItem> apply(List<QueueItem> items) {
        return items.stream()
                .filter(byState(state))
                .filter(byCategory(category))
                .filter(byRequester(requester))
                .toList();
    }

    /** How many requests each state would show: "" (all), "open", "closed". */
    Map<String, Long> stateCounts(List<QueueItem> items) {
        List<QueueItem> others = items.stream()
                .filter(byCategory(category))
                .filter(byRequester(requester))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String each : List.of("", "open", "closed")) {
            counts.put(each, others.stream().filter(byState(each)).count());
        }
        return counts;
    }

    Map<Category, Long> categoryCounts(List<QueueItem> items, Collection<Category> categories) {
        List<QueueItem> others = items.stream()
                .filter(byState(state))
                .filter(byRequester(requester))
                .toList();
        Map<Category, Long> counts = new LinkedHashMap<>();
        for (Category each : categories) {
            counts.put(each, others.stream().filter(byCategory(each)).count());
        }
        return counts;
    }

    /** Who asked: the organisation's contacts and whoever filed one of its requests, by name. */
    Map<String, Long> requesterCounts(List<QueueItem> items, Collection<String> contacts) {
        List<QueueItem> others = items.stream()
                .filter(byState(state))
                .filter(byCategory(category))
                .toList();
        Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        contacts.forEach(name -> counts.put(name, 0L));
        items.forEach(item -> counts.putIfAbsent(item.requesterName(), 0L));
        others.forEach(item -> counts.merge(item.requesterName(), 1L, Long::sum));
        return counts;
    }

    private static Predicate<QueueItem> byState(String state) {
        return switch (state) {
            case "open" -> item -> item.status().isOpen();
            case "closed" -> item -> !item.status().isOpen();
            default -> item -> true;
        };
    }

    private static Predicate<QueueItem> byCategory(@Nullable Category category) {
        return item -> category == null || item.category() == category;
    }

    private static Predicate<QueueItem> byRequester(String requester) {
        return item -> requester.isEmpty() || requester.equalsIgnoreCase(item.requesterName());
    }
}
