package fr.guichet.company;

import fr.guichet.shared.FieldRuleViolation;

/** A rule of the company's identity that a change breaks, told next to its field. */
public class CompanyRuleViolation extends FieldRuleViolation {

    private final Object[] arguments;

    public CompanyRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
