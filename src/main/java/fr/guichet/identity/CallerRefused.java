package fr.guichet.identity;

import fr.guichet.shared.RuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A refusal that names who was refused: its message's arguments are the account's username and roles ({@code -} for
 * none), so that an API token that may not do something is told which account it acts as and what that account holds.
 */
public abstract class CallerRefused extends RuleViolation {

    private final Object[] arguments;

    protected CallerRefused(String messageKey, String detail, AccountPrincipal caller) {
        super(messageKey, detail);
        String roles = Arrays.stream(Role.values())
                .filter(caller::hasRole)
                .map(Role::name)
                .collect(Collectors.joining(", "));
        this.arguments = new Object[] {caller.getUsername(), roles.isEmpty() ? "-" : roles};
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
