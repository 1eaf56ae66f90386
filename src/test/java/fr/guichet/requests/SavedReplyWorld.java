package fr.guichet.requests;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.Language;
import fr.guichet.support.TestOrganisations;
import fr.guichet.support.TestRequests;
import java.util.Arrays;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The people of the saved-replies tests: a front-office team with its lead and a member, another team's member, an
 * administrator without a team; and a request of a customer organisation, recorded by the member.
 */
final class SavedReplyWorld {

    static final String PASSWORD = "Un-mot-de-passe-solide";
    private static final String HASH =
            PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    final long team;
    final long otherTeam;
    final UserAccount lead;
    final UserAccount member;
    final UserAccount otherTeamMember;
    final UserAccount admin;
    final Organisation organisation;
    final Request request;

    private final UserManagement users;
    private final UnaryOperator<String> unique;

    SavedReplyWorld(
            UserManagement users,
            TeamManagement teams,
            CustomerManagement customers,
            RequestManagement requests,
            UnaryOperator<String> unique) {
        this.users = users;
        this.unique = unique;
        team = teams.createTeam(
                        unique.apply("accueil"), "Accueil " + unique.apply("t"), Office.FRONT_OFFICE, null, false)
                .getId();
        otherTeam = teams.createTeam(
                        unique.apply("autre"), "Autre " + unique.apply("t"), Office.FRONT_OFFICE, null, false)
                .getId();
        lead = person(team, Role.FRONT_OFFICE, Role.TEAM_LEAD);
        member = person(team, Role.FRONT_OFFICE);
        otherTeamMember = person(otherTeam, Role.FRONT_OFFICE, Role.TEAM_LEAD);
        admin = person(null, Role.ADMIN, Role.BACK_OFFICE);
        organisation = customers.register(TestOrganisations.customerCompany(unique.apply("Plomberie Durand")));
        request = requests.submit(
                TestRequests.byPhone(member, organisation.getId(), "Paul Durand", "Fuite sous l'évier"),
                TestRequests.actorOf(member));
    }

    UserAccount person(Long teamId, Role... roles) {
        String username = unique.apply("repl");
        return users.createWithHash(
                new UserProfile(
                        username,
                        "Agent " + username,
                        username + "@example.fr",
                        AccountKind.STAFF,
                        Set.copyOf(Arrays.asList(roles)),
                        teamId,
                        null,
                        null,
                        Language.FR),
                HASH,
                false);
    }

    static AccountPrincipal as(UserAccount account) {
        return new AccountPrincipal(account);
    }

    static SavedReplyDraft draft(String title, String body, Language language, SavedReplyScope scope) {
        return new SavedReplyDraft(title, body, language, scope, null);
    }
}
