package fr.guichet.customers;

import fr.guichet.shared.FieldRuleViolation;

/** A rule of the customer master data that a change breaks; {@code field} is where the form shows it. */
public class CustomerRuleViolation extends FieldRuleViolation {

    public CustomerRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
