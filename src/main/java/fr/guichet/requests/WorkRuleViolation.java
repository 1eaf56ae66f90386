package fr.guichet.requests;

import fr.guichet.shared.FieldRuleViolation;

/** Recorded work that breaks a rule, told next to its field ({@code minutes}, {@code quantity}, {@code itemCode}…). */
public class WorkRuleViolation extends FieldRuleViolation {

    public WorkRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
