package fr.guichet.requests.internal;

import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.DueWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of the due-time windows ({@link DueWindow}) and age buckets ({@link AgeBucket}), written once: a list's
 * filter and a count's flag are the same condition with the same parameters, so that a panel's figure is the count of
 * the list its link opens. Each window and bucket has parameters of its own, so that one statement may hold them all.
 */
final class QueueWindows {

    private QueueWindows() {}

    /** The condition a request of the window meets (the clock runs and the due time is in the window). */
    static String due(DueWindow window) {
        String name = name(window);
        return "(status IN ('NEW', 'IN_PROGRESS') AND resolution_due >= :" + name + "From AND resolution_due < :" + name
                + "To)";
    }

    /** The condition a request of the bucket meets (filed within the bucket's bounds). */
    static String age(AgeBucket bucket) {
        String name = name(bucket);
        StringBuilder condition = new StringBuilder("(1 = 1");
        if (bucket.filedAtOrBefore(Instant.EPOCH) != null) {
            condition.append(" AND created_at <= :").append(name).append("AtOrBefore");
        }
        if (bucket.filedAfter(Instant.EPOCH) != null) {
            condition.append(" AND created_at > :").append(name).append("After");
        }
        return condition.append(')').toString();
    }

    /** {@code CASE WHEN <condition> THEN 1 ELSE 0 END}: a flag a grouped count reads. */
    static String flag(String condition) {
        return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }

    /** The bucket of each row, as a small number (the bucket's ordinal), by the buckets' own conditions. */
    static String ageOrdinal() {
        StringBuilder sql = new StringBuilder("CASE");
        for (AgeBucket bucket : AgeBucket.values()) {
            sql.append(" WHEN ").append(age(bucket)).append(" THEN ").append(bucket.ordinal());
        }
        return sql.append(" ELSE -1 END").toString();
    }

    /** The values of every window's and bucket's parameters, now, in the business calendar's zone. */
    static Map<String, Object> params(Instant now, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        for (DueWindow window : DueWindow.values()) {
            params.put(name(window) + "From", window.from(now, zone).atOffset(ZoneOffset.UTC));
            params.put(name(window) + "To", window.to(now, zone).atOffset(ZoneOffset.UTC));
        }
        for (AgeBucket bucket : AgeBucket.values()) {
            Instant atOrBefore = bucket.filedAtOrBefore(now);
            Instant after = bucket.filedAfter(now);
            if (atOrBefore != null) {
                params.put(name(bucket) + "AtOrBefore", atOrBefore.atOffset(ZoneOffset.UTC));
            }
            if (after != null) {
                params.put(name(bucket) + "After", after.atOffset(ZoneOffset.UTC));
            }
        }
        return params;
    }

    private static String name(Enum<?> value) {
        return (value instanceof DueWindow ? "due" : "age")
                + value.name().replace("_", "").toLowerCase(Locale.ROOT);
    }
}
