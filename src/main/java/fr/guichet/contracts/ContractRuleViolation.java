package fr.guichet.contracts;

import fr.guichet.shared.FieldRuleViolation;

/** A contract rule that a change breaks; {@code field} is where the form shows it. */
public class ContractRuleViolation extends FieldRuleViolation {

    public ContractRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
