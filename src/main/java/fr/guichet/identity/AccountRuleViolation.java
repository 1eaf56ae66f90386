package fr.guichet.identity;

import fr.guichet.shared.FieldRuleViolation;

/** A change to an account that breaks one of its rules; {@code field} names the form field at fault. */
public class AccountRuleViolation extends FieldRuleViolation {

    public AccountRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
