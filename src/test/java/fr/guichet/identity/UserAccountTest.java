package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aCustomerUserBelongsToAnOrganisation() {
        UserProfile withoutOrganisation = UserProfile.customer("client.a", "Client A", "a@example.fr", null);
        assertThatThrownBy(() -> UserAccount.create(withoutOrganisation, "{noop}x", false, NOW))
                .isInstanceOfSatisfying(AccountRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("customerOrganisationId");
                    assertThat(violation.messageKey()).isEqualTo("identity.user.error.organisation-required");
                });
    }

    @Test
    void aCustomerUserHoldsOnlyTheCustomerRole() {
        UserProfile profile = new UserProfile(
                "client.b",
                "B",
                "b@example.fr",
                AccountKind.CUSTOMER,
                Set.of(Role.CUSTOMER, Role.ADMIN),
                null,
                null,
                7L,
                Language.FR);
        assertThatThrownBy(() -> UserAccount.create(profile, "{noop}x", false, NOW))
                .isInstanceOfSatisfying(
                        AccountRuleViolation.class, v -> assertThat(v.field()).isEqualTo("roles"));
    }

    @Test
    void staffNeedARoleAndNeverTheCustomerOne() {
        assertThatThrownBy(() -> UserAccount.create(
                        UserProfile.staff("x.y", "X", "x@y.fr", Set.of(), null, null), "{noop}x", false, NOW))
                .isInstanceOfSatisfying(
                        AccountRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("identity.user.error.roles-required"));
        assertThatThrownBy(() -> UserAccount.create(
                        UserProfile.staff("x.y", "X", "x@y.fr", Set.of(Role.CUSTOMER), null, null),
                        "{noop}x",
                        false,
                        NOW))
                .isInstanceOfSatisfying(
                        AccountRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("identity.user.error.staff-roles"));
    }

    @Test
    void anIntegrationAccountIsNoTeamMember() {
        UserProfile withTeam = new UserProfile(
                "erp",
                "ERP",
                "erp@example.fr",
                AccountKind.INTEGRATION,
                Set.of(Role.BACK_OFFICE),
                3L,
                null,
                null,
                Language.FR);
        assertThatThrownBy(() -> UserAccount.create(withTeam, "{noop}x", false, NOW))
                .isInstanceOfSatisfying(AccountRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("teamId");
                    assertThat(v.messageKey()).isEqualTo("identity.user.error.integration-team");
                });
        UserProfile withoutTeam = new UserProfile(
                "erp",
                "ERP",
                "erp@example.fr",
                AccountKind.INTEGRATION,
                Set.of(Role.BACK_OFFICE),
                null,
                null,
                null,
                Language.FR);
        assertThat(UserAccount.create(withoutTeam, "{noop}x", false, NOW).getTeamId())
                .isNull();
    }

    @Test
    void normalisesTheUsernameAndEmail() {
        UserAccount account = UserAccount.create(
                UserProfile.staff(
                        "  Marie.Curie ", " Marie Curie ", " Marie@Example.FR ", Set.of(Role.BACK_OFFICE), 1L, 2L),
                "{noop}x",
                true,
                NOW);
        assertThat(account.getUsername()).isEqualTo("marie.curie");
        assertThat(account.getEmail()).isEqualTo("marie@example.fr");
        assertThat(account.getDisplayName()).isEqualTo("Marie Curie");
        assertThat(account.isMustChangePassword()).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAndAChosenOneNeedNot() {
        UserAccount account = UserAccount.create(
                UserProfile.staff("a.b", "A B", "a@b.fr", Set.of(Role.FRONT_OFFICE), null, null),
                "{noop}x",
                false,
                NOW);
        account.resetPassword("{noop}temporary");
        assertThat(account.isMustChangePassword()).isTrue();
        account.changePassword("{noop}chosen");
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("{noop}chosen");
    }

    @Test
    void staffKeepTeamAndSiteButNotAnOrganisation() {
        UserProfile profile = new UserProfile(
                "c.d", "C D", "c@d.fr", AccountKind.STAFF, Set.of(Role.BACK_OFFICE), 3L, 4L, 99L, Language.EN);
        UserAccount account = UserAccount.create(profile, "{noop}x", false, NOW);
        assertThat(account.getTeamId()).isEqualTo(3L);
        assertThat(account.getSiteId()).isEqualTo(4L);
        assertThat(account.getCustomerOrganisationId()).isNull();
        assertThat(account.getLanguage()).isEqualTo(Language.EN);
    }
}
