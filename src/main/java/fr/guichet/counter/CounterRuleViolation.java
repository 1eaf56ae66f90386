package fr.guichet.counter;

import fr.guichet.shared.RuleViolation;

/** A counter act refused by a rule: the ticket was called by someone else meanwhile, the kiosk is busy… */
public class CounterRuleViolation extends RuleViolation {

    public CounterRuleViolation(String messageKey) {
        super(messageKey, messageKey);
    }
}
