package fr.guichet.billing;

import fr.guichet.shared.FieldRuleViolation;

/** A billing rule that an act breaks; {@code field} is where the form shows it, the API names it in its problem. */
public class BillingRuleViolation extends FieldRuleViolation {

    private final transient Object[] arguments;

    public BillingRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
