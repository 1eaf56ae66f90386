package fr.guichet.requests;

import fr.guichet.shared.RuleViolation;

/** An action the request's state does not allow; {@code messageKey} says why in the user's language. */
public class RequestRuleViolation extends RuleViolation {

    public RequestRuleViolation(String messageKey) {
        super(messageKey, messageKey);
    }
}
