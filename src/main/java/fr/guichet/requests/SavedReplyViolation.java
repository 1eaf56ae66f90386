package fr.guichet.requests;

import fr.guichet.shared.FieldRuleViolation;

/** A saved reply that cannot be saved as typed: the field at fault and why (an unknown placeholder, named). */
public class SavedReplyViolation extends FieldRuleViolation {

    private final Object[] arguments;

    public SavedReplyViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
