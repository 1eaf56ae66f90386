package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.BusinessCalendar;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who records work on a request: whoever may work on it, and the team it passed through, never a customer. */
class WorkPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final long HOLDER = 30L;
    private static final long PASSED = 40L;
    private static final long OTHER = 20L;

    private final Request held = Request.submit(
            new NewRequest("Poste en panne", "Texte", Category.TECHNICAL, Channel.PHONE, 7L, null, "Marie", null, 1L),
            new Route(HOLDER, Priority.NORMAL),
            new Actor(1L, "Camille"),
            new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
            NOW);

    @Test
    void theHoldingTeamTheFrontOfficeAndAdministratorsRecord() {
        assertThat(WorkPolicy.mayRecord(staff(HOLDER, Role.BACK_OFFICE), held, team -> false))
                .isTrue();
        assertThat(WorkPolicy.mayRecord(staff(null, Role.FRONT_OFFICE), held, team -> false))
                .isTrue();
        assertThat(WorkPolicy.mayRecord(staff(OTHER, Role.ADMIN), held, team -> false))
                .isTrue();
    }

    @Test
    void theTeamItPassedThroughRecordsItsTimeAfterwardsAndNoOneElse() {
        assertThat(WorkPolicy.mayRecord(staff(PASSED, Role.BACK_OFFICE), held, team -> team == PASSED))
                .as("the technician records the time once the request went back to its owner")
                .isTrue();
        assertThat(WorkPolicy.mayRecord(staff(OTHER, Role.BACK_OFFICE, Role.TEAM_LEAD), held, team -> team == PASSED))
                .isFalse();
        assertThat(WorkPolicy.mayRecord(staff(null, Role.BACK_OFFICE), held, team -> true))
                .as("no team, nothing passed through")
                .isFalse();
    }

    @Test
    void aCustomerNeverRecordsWork() {
        AccountPrincipal customer = new AccountPrincipal(UserAccount.create(
                UserProfile.customer("client", "Client", "client@example.fr", 7L), "{noop}x", false, NOW));
        assertThat(WorkPolicy.mayRecord(customer, held, team -> true)).isFalse();
    }

    private static AccountPrincipal staff(Long team, Role... roles) {
        return new AccountPrincipal(UserAccount.create(
                UserProfile.staff("agent", "Agent", "agent@example.fr", Set.of(roles), team, null),
                "{noop}x",
                false,
                NOW));
    }
}
