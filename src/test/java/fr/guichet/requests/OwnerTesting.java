package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the owners' tests set and put back: the administrator's rule, who of the front office is present, a customer's
 * account manager. Integration tests run one after the other in one application: each puts back what it changed.
 */
final class OwnerTesting implements AutoCloseable {

    private final OwnerSettingsManagement settings;
    private final UserManagement users;
    private final AccountPrincipal admin;
    private final OwnerSettings before;
    private List<Long> madeAbsent = List.of();

    OwnerTesting(OwnerSettingsManagement settings, UserManagement users, UserAccount admin) {
        this.settings = settings;
        this.users = users;
        this.admin = new AccountPrincipal(admin);
        this.before = settings.current();
    }

    /** The administrator's rule and mail setting for the rest of the test. */
    OwnerTesting rule(InterlocutorPolicy policy, boolean mailOwners) {
        settings.change(policy, mailOwners, settings.current().version(), admin);
        return this;
    }

    /** Only these people of the front office are present (the others are put back at the end). */
    OwnerTesting onlyPresent(UserAccount... present) {
        Set<Long> kept = Arrays.stream(present).map(UserAccount::getId).collect(Collectors.toSet());
        madeAbsent = users.presentStaffWith(Role.FRONT_OFFICE).stream()
                .filter(id -> !kept.contains(id))
                .toList();
        madeAbsent.forEach(id -> users.changePresence(id, false));
        return this;
    }

    static void accountManager(JdbcClient jdbc, long organisationId, Long managerId) {
        jdbc.sql("UPDATE customers_organisation SET account_manager_id = :manager WHERE id = :id")
                .param("manager", managerId)
                .param("id", organisationId)
                .update();
    }

    @Override
    public void close() {
        madeAbsent.forEach(id -> users.changePresence(id, true));
        settings.change(
                before.interlocutorPolicy(),
                before.mailOwners(),
                settings.current().version(),
                admin);
    }
}
