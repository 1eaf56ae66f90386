package fr.guichet.shared;

/**
 * A SQL {@code LIKE} pattern from text people typed, where {@code %} and {@code _} are the characters themselves:
 * they and the escape character are escaped with a backslash, and the query says {@code LIKE :pattern ESCAPE '\'}
 * (the same on H2 and PostgreSQL).
 */
public final class LikePattern {

    /** The clause to write after each {@code LIKE :parameter} (in Java source: {@code " ESCAPE '\\'"}). */
    public static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {}

    /** Matches any text that contains {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
