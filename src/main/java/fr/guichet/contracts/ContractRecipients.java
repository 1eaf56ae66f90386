package fr.guichet.contracts;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who is told about a contract's renewal or cancellation: its customer's account manager and sales administration. */
@Component
class ContractRecipients {

    private final CustomerManagement customers;
    private final TeamManagement teams;
    private final UserManagement users;
    private final String salesTeam;

    ContractRecipients(
            CustomerManagement customers, TeamManagement teams, UserManagement users, ContractSettings settings) {
        this.customers = customers;
        this.teams = teams;
        this.users = users;
        this.salesTeam = settings.salesTeam();
    }

    Set<Long> of(Contract contract) {
        Set<Long> tell = new LinkedHashSet<>();
        customers
                .find(contract.getOrganisationId())
                .map(Organisation::getAccountManagerId)
                .ifPresent(tell::add);
        teams.teamByCode(salesTeam)
                .map(Team::getId)
                .ifPresent(team ->
                        users.membersOf(team).stream().map(UserAccount::getId).forEach(tell::add));
        return tell;
    }
}
