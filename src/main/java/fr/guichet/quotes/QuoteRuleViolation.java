package fr.guichet.quotes;

import fr.guichet.shared.FieldRuleViolation;

/** A quote rule that a change breaks; {@code field} is where the form shows it. */
public class QuoteRuleViolation extends FieldRuleViolation {

    public QuoteRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
