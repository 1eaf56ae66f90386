package fr.guichet.knowledge;

import fr.guichet.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An act this user's roles do not allow ({@link KnowledgePublishingPolicy}): publishing or archiving without being a
 * team lead, a webmaster or an administrator, changing a published article likewise. 403 on the pages and the API.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class KnowledgeCallerRefused extends RuleViolation {

    KnowledgeCallerRefused(String messageKey) {
        super(messageKey, messageKey);
    }

    @Override
    public boolean refusesTheCaller() {
        return true;
    }
}
