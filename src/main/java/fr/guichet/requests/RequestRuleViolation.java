package fr.guichet.requests;

/** An action the request's state does not allow; {@code messageKey} says why in the user's language. */
public class RequestRuleViolation extends RuntimeException {

    private final String messageKey;

    public RequestRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
