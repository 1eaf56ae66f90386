package fr.guichet.shared;

/**
 * A business rule that a change breaks, told next to the form field at fault: {@code field} names the field,
 * {@code messageKey} the message in the user's language. Each module throws its own subclass, which its pages and
 * its API catch.
 */
public abstract class FieldRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected FieldRuleViolation(String field, String messageKey) {
        super(messageKey + " on " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
