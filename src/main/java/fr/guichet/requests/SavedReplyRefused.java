package fr.guichet.requests;

import fr.guichet.shared.RuleViolation;

/**
 * The person may see the saved reply (or the list) but this act is not theirs: a team's reply is kept by its team lead
 * and the administrators, saved replies are for staff. Pages show it next to the action; the API answers 403.
 */
public class SavedReplyRefused extends RuleViolation {

    private final Object[] arguments;

    public SavedReplyRefused(String messageKey, Object... arguments) {
        super(messageKey, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    @Override
    public boolean refusesTheCaller() {
        return true;
    }
}
