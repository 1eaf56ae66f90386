package fr.guichet.requests;

/**
 * The lengths a request keeps, as its columns allow: a message of the conversation (a reply, a note, a hand-off note,
 * a reason, a question, an answer, the description) up to 20,000 characters, a rating's comment up to 2,000.
 */
public final class RequestTexts {

    public static final int MESSAGE_MAX = 20_000;
    public static final int RATING_COMMENT_MAX = 2_000;

    private RequestTexts() {}

    /** The text, stripped, if it is there and not too long for a message; otherwise the rule it breaks. */
    static String message(String text, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new RequestRuleViolation(requiredKey);
        }
        String stripped = text.strip();
        if (stripped.length() > MESSAGE_MAX) {
            throw new RequestRuleViolation("requests.error.text-too-long");
        }
        return stripped;
    }
}
