package fr.guichet.shared;

/**
 * A business rule that a change breaks, told next to the form field at fault: {@code field} names the field,
 * {@code messageKey} the message in the user's language. Each module throws its own subclass.
 */
public abstract class FieldRuleViolation extends RuleViolation {

    private final String field;

    protected FieldRuleViolation(String field, String messageKey) {
        super(messageKey, messageKey + " on " + field);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
