package fr.guichet.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The words a saved reply may contain between double braces, filled when it is used on a request: {@code
 * {{customer.name}}} becomes the customer organisation's name. Any other word is refused when the reply is saved.
 */
public enum SavedReplyPlaceholder {
    /** The customer organisation's name; the requester's name when the request has no organisation. */
    CUSTOMER_NAME("customer", "name"),
    /** The request's reference, {@code DEM-2026-000123}. */
    REQUEST_REFERENCE("request", "reference"),
    /** The request's subject. */
    REQUEST_SUBJECT("request", "subject"),
    /** The request's owner: the customer's interlocutor at the front office. */
    OWNER_NAME("owner", "name"),
    /** The person using the reply. */
    AGENT_NAME("agent", "name"),
    /** The person who asked (the customer's contact, or the colleague for an internal request). */
    REQUESTER_NAME("requester", "name");

    private final String word;

    /** A placeholder is a field of an object of the request's world: {@code customer} and {@code name}. */
    SavedReplyPlaceholder(String object, String field) {
        this.word = object + "." + field;
    }

    /** The word as written in a reply, without the braces: {@code customer.name}. */
    public String word() {
        return word;
    }

    /** The placeholder as written in a reply: {@code {{customer.name}}}. */
    public String written() {
        return "{{" + word + "}}";
    }

    public static Optional<SavedReplyPlaceholder> ofWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }
}
