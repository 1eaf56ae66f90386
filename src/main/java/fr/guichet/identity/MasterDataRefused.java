package fr.guichet.identity;

import fr.guichet.shared.RuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The account may read master data (customers, contacts, contracts, the catalogue) but not change them: that is for
 * back-office staff and administrators ({@link AccountPrincipal#keepsMasterData()}). The API answers 403 naming the
 * account's roles and the ones it lacks.
 */
public class MasterDataRefused extends RuleViolation {

    private final Object[] arguments;

    MasterDataRefused(AccountPrincipal caller) {
        super("identity.error.master-data-keepers", "master data not kept by " + caller.getUsername());
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
