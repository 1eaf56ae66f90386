package fr.guichet.knowledge;

import fr.guichet.shared.FieldRuleViolation;

/** A knowledge-base rule broken by what was typed, told next to the field ("slugFr", "titleFr"…). */
public class KnowledgeRuleViolation extends FieldRuleViolation {

    public KnowledgeRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
