package fr.guichet.requests;

/**
 * The person may see the request but this act is not theirs to do: their team does not hold it, their team may not
 * answer customers, or it is the front office's to do. Pages show it next to the action; the API answers 403.
 */
public class RequestActRefused extends RequestRuleViolation {

    public RequestActRefused(String messageKey) {
        super(messageKey);
    }

    @Override
    public boolean refusesTheCaller() {
        return true;
    }
}
