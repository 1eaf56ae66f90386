package fr.guichet.knowledge;

import fr.guichet.shared.RuleViolation;

/** An act on an article or a category that its state does not allow: publishing what is published, removing a section that holds articles. */
public class KnowledgeActRefused extends RuleViolation {

    KnowledgeActRefused(String messageKey) {
        super(messageKey, messageKey);
    }
}
