package fr.guichet.website;

import fr.guichet.shared.FieldRuleViolation;

/** A news item or a media file that breaks a rule of the site, told next to the field at fault. */
public class NewsRuleViolation extends FieldRuleViolation {

    private final Object[] arguments;

    public NewsRuleViolation(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
