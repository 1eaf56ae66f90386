package fr.guichet.shared;

import org.jspecify.annotations.Nullable;

/**
 * A business rule that an act breaks; {@code messageKey} says why in the user's language. The pages show it next to
 * the action or the field (what was typed kept); the API answers 422 with the rule and the field, or 403 when the act
 * is simply not this caller's to do ({@link #refusesTheCaller()}). Each module throws its own subclasses.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String messageKey;

    protected RuleViolation(String messageKey, String description) {
        super(description);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message says in its placeholders ({0}, {1}…): the unknown word, the role the caller lacks. */
    public Object[] messageArguments() {
        return new Object[0];
    }

    /** The form field at fault, if the rule is about one. */
    public @Nullable String field() {
        return null;
    }

    /** Whether the act is refused to this caller (not theirs to do) rather than to anyone in this state. */
    public boolean refusesTheCaller() {
        return false;
    }
}
