package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** /back/admin: users, teams, sites and API tokens, as an administrator uses them. */
class AdministrationIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TeamManagement teams;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    PlatformTransactionManager transactions;

    private HttpSession admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        assertThat(admin.get("/back/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void anInvalidUserFormSaysWhatIsWrongNextToEachFieldAndKeepsWhatWasTyped() {
        admin.get("/back/admin/users/new");
        HttpResponse<String> response = admin.post(
                "/back/admin/users",
                "username",
                "Jean Dupont!",
                "displayName",
                "Jean Dupont",
                "email",
                "jean.dupont-at-example.fr",
                "kind",
                "STAFF",
                "language",
                "FR",
                "password",
                "court",
                "version",
                "0");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("value=\"Jean Dupont!\"")
                .contains("value=\"Jean Dupont\"")
                .contains("value=\"jean.dupont-at-example.fr\"")
                .contains("id=\"username-error\"")
                .contains("De 3 à 100 caractères")
                .contains("id=\"email-error\"")
                .contains("Cette adresse de courriel n’est pas valide.")
                .doesNotContain("Exception");
        assertThat(users.findByUsername("Jean Dupont!")).isEmpty();
    }

    @Test
    void aRuleOfTheAccountIsShownOnItsField() {
        admin.get("/back/admin/users/new");
        String username = unique("nouveau");
        HttpResponse<String> response = admin.post(
                "/back/admin/users",
                "username",
                username,
                "displayName",
                "Nouveau Client",
                "email",
                username + "@example.fr",
                "kind",
                "CUSTOMER",
                "roles",
                "CUSTOMER",
                "language",
                "FR",
                "password",
                "Un-mot-de-passe-solide",
                "version",
                "0");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"customerOrganisationId-error\"")
                .contains("Un compte client doit être rattaché à une organisation cliente.")
                .contains("value=\"" + username + "\"");
    }

    @Test
    void createEditDisableAndEnableAUser() {
        String username = unique("agent");
        admin.get("/back/admin/users/new");
        HttpResponse<String> created = admin.post(
                "/back/admin/users",
                "username",
                username,
                "displayName",
                "Agent Créé",
                "email",
                username + "@example.fr",
                "kind",
                "STAFF",
                "roles",
                "FRONT_OFFICE",
                "teamId",
                String.valueOf(teams.teamByCode("accueil").orElseThrow().getId()),
                "language",
                "EN",
                "password",
                "Mot-de-passe-initial",
                "version",
                "0");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/back/admin/users"));
        UserAccount account = users.findByUsername(username).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.FRONT_OFFICE);
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(admin.get("/back/admin/users").body()).contains("L’utilisateur " + username + " est créé.");

        HttpSession agent = new HttpSession(port);
        assertThat(agent.login(username, "Mot-de-passe-initial").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));

        admin.get("/back/admin/users/" + account.getId());
        HttpResponse<String> edited = admin.post(
                "/back/admin/users/" + account.getId(),
                "username",
                username,
                "displayName",
                "Agent Renommé",
                "email",
                username + "@example.fr",
                "kind",
                "STAFF",
                "roles",
                "FRONT_OFFICE",
                "roles",
                "TEAM_LEAD",
                "language",
                "FR",
                "version",
                String.valueOf(account.getVersion()));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(users.get(account.getId()).getDisplayName()).isEqualTo("Agent Renommé");
        assertThat(users.get(account.getId()).getRoles()).containsExactlyInAnyOrder(Role.FRONT_OFFICE, Role.TEAM_LEAD);

        admin.get("/back/admin/users");
        admin.post("/back/admin/users/" + account.getId() + "/disable");
        assertThat(users.get(account.getId()).isEnabled()).isFalse();
        assertThat(agent.get("/account/password").statusCode())
                .as("the disabled user's session ended")
                .isEqualTo(302);
        assertThat(new HttpSession(port)
                        .login(username, "Mot-de-passe-initial")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=disabled"));

        admin.get("/back/admin/users");
        admin.post("/back/admin/users/" + account.getId() + "/enable");
        assertThat(users.get(account.getId()).isEnabled()).isTrue();
        assertThat(admin.get("/back/admin/users").body())
                .as("each user's state is a label, not a message with a placeholder")
                .contains("Actif")
                .doesNotContain("{0}");
    }

    /** A right taken away is gone at once: the demoted administrator's open session ends (it could re-promote itself). */
    @Test
    void changingWhatAUserMayReachEndsTheirSessions() {
        String username = unique("chef");
        admin.get("/back/admin/users/new");
        admin.post(
                "/back/admin/users",
                "username",
                username,
                "displayName",
                "Chef Rétrogradé",
                "email",
                username + "@example.fr",
                "kind",
                "STAFF",
                "roles",
                "ADMIN",
                "roles",
                "BACK_OFFICE",
                "language",
                "FR",
                "password",
                "Mot-de-passe-initial",
                "version",
                "0");
        UserAccount account = users.findByUsername(username).orElseThrow();
        HttpSession demoted = new HttpSession(port);
        demoted.login(username, "Mot-de-passe-initial");
        demoted.get("/account/password");
        demoted.post(
                "/account/password",
                "currentPassword",
                "Mot-de-passe-initial",
                "newPassword",
                PASSWORD,
                "confirmation",
                PASSWORD);
        assertThat(demoted.get("/back/admin/users").statusCode()).isEqualTo(200);

        admin.get("/back/admin/users/" + account.getId());
        HttpResponse<String> edited = admin.post(
                "/back/admin/users/" + account.getId(),
                "username",
                username,
                "displayName",
                "Chef Rétrogradé",
                "email",
                username + "@example.fr",
                "kind",
                "STAFF",
                "roles",
                "BACK_OFFICE",
                "language",
                "FR",
                "version",
                String.valueOf(users.get(account.getId()).getVersion()));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(demoted.get("/back/admin/users").statusCode())
                .as("the session opened with the administrator role ended")
                .isEqualTo(302);
        HttpSession again = new HttpSession(port);
        again.login(username, PASSWORD);
        assertThat(again.get("/back/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherChange() {
        UserAccount account = staff(Role.BACK_OFFICE);
        int seenVersion = account.getVersion();
        users.update(
                account.getId(),
                seenVersion,
                new UserProfile(
                        account.getUsername(),
                        "Changé Ailleurs",
                        account.getEmail(),
                        AccountKind.STAFF,
                        account.getRoles(),
                        null,
                        null,
                        null,
                        account.getLanguage()));
        admin.get("/back/admin/users/" + account.getId());
        HttpResponse<String> stale = admin.post(
                "/back/admin/users/" + account.getId(),
                "username",
                account.getUsername(),
                "displayName",
                "Ma Version",
                "email",
                account.getEmail(),
                "kind",
                "STAFF",
                "roles",
                "BACK_OFFICE",
                "language",
                "FR",
                "version",
                String.valueOf(seenVersion));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Quelqu’un d’autre a modifié cette fiche")
                .contains("value=\"Ma Version\"");
        assertThat(users.get(account.getId()).getDisplayName()).isEqualTo("Changé Ailleurs");
    }

    @Test
    void anAdministratorResetsAPasswordWithTheSameRules() {
        UserAccount account = staff(Role.BACK_OFFICE);
        admin.get("/back/admin/users/" + account.getId() + "/password");
        HttpResponse<String> weak =
                admin.post("/back/admin/users/" + account.getId() + "/password", "password", "trop-court");
        assertThat(weak.body()).contains("Le mot de passe doit comporter au moins 12 caractères.");
        admin.post("/back/admin/users/" + account.getId() + "/password", "password", "Provisoire-solide-1");
        assertThat(users.get(account.getId()).isMustChangePassword()).isTrue();
    }

    @Test
    void teamsAndSitesHaveUniqueCodes() {
        String code = unique("equipe");
        admin.get("/back/admin/teams/new");
        HttpResponse<String> created = admin.post(
                "/back/admin/teams",
                "code",
                code,
                "name",
                "Équipe de test",
                "office",
                "BACK_OFFICE",
                "email",
                "",
                "version",
                "0");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(teams.teamByCode(code)).isPresent();

        admin.get("/back/admin/teams/new");
        HttpResponse<String> duplicate = admin.post(
                "/back/admin/teams",
                "code",
                code,
                "name",
                "Autre nom tapé",
                "office",
                "BACK_OFFICE",
                "email",
                "",
                "version",
                "0");
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(duplicate.body()))
                .contains("Ce code est déjà celui d’une autre équipe.")
                .contains("value=\"Autre nom tapé\"");

        String siteCode = unique("site");
        admin.get("/back/admin/sites/new");
        admin.post(
                "/back/admin/sites",
                "code",
                siteCode,
                "name",
                "Télétravail Nantes",
                "city",
                "Nantes",
                "remote",
                "true",
                "version",
                "0");
        Site site = teams.siteByCode(siteCode).orElseThrow();
        assertThat(site.isRemote()).isTrue();
        assertThat(admin.get("/back/admin/sites").body()).contains("Télétravail Nantes");
    }

    @Test
    void anApiTokenIsShownOnceWorksAndCanBeRevoked() {
        UserAccount integration = integrationUser(Role.BACK_OFFICE);
        admin.get("/back/admin/tokens");
        HttpResponse<String> missing =
                admin.post("/back/admin/tokens", "userId", String.valueOf(integration.getId()), "name", "");
        assertThat(missing.body()).contains("id=\"name-error\"");

        HttpResponse<String> issued =
                admin.post("/back/admin/tokens", "userId", String.valueOf(integration.getId()), "name", "ERP nightly");
        assertThat(issued.statusCode()).isEqualTo(302);
        String page = admin.get("/back/admin/tokens").body();
        Matcher secret = Pattern.compile("gch_[A-Za-z0-9_-]{40}").matcher(page);
        assertThat(secret.find()).as("the token is shown once").isTrue();
        String token = secret.group();
        assertThat(admin.get("/back/admin/tokens").body()).as("and never again").doesNotContain(token);

        HttpSession api = new HttpSession(port);
        HttpResponse<String> root = api.get("/api/v1", "Authorization", "Bearer " + token);
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body())
                .contains("\"username\":\"" + integration.getUsername() + "\"")
                .contains("BACK_OFFICE");
        assertThat(integration.canSignInInteractively()).isFalse();

        ApiToken issuedToken = tokens.all().stream()
                .filter(t -> t.getUserId().equals(integration.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(issuedToken.getLastUsedAt()).as("its use is recorded").isNotNull();
        assertThat(admin.get("/back/admin/tokens").body())
                .contains("/back/admin/tokens/" + issuedToken.getId() + "/revoke");
        admin.post("/back/admin/tokens/" + issuedToken.getId() + "/revoke");
        assertThat(api.get("/api/v1", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyAnIntegrationAccountIsIssuedAToken() {
        int before = tokens.all().size();
        for (UserAccount account : new UserAccount[] {staff(Role.ADMIN), staff(Role.BACK_OFFICE), customerUser()}) {
            // the screen lists integration accounts only; a forged form gets the rule, not a token
            admin.get("/back/admin/tokens");
            HttpResponse<String> refused =
                    admin.post("/back/admin/tokens", "userId", String.valueOf(account.getId()), "name", "backdoor");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(refused.body()))
                    .contains("id=\"userId-error\"")
                    .contains("Seul un compte d’intégration peut recevoir un jeton d’API.")
                    .doesNotContainPattern("gch_[A-Za-z0-9_-]{40}");
            // and the service says the same to any caller
            assertThatThrownBy(() -> tokens.issue(account.getId(), "backdoor", "test"))
                    .isInstanceOfSatisfying(
                            AccountRuleViolation.class,
                            violation -> assertThat(violation.messageKey())
                                    .isEqualTo("identity.token.error.not-integration"));
        }
        assertThat(tokens.all()).hasSize(before);
    }

    @Test
    void aTokenLookedUpWhileItsAccountIsBeingDisabledIsRefusedOnceTheDisablingCommits() {
        UserAccount integration = integrationUser(Role.BACK_OFFICE);
        String token = tokens.issue(integration.getId(), "racing", "test").secret();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            users.disable(integration.getId());
            Optional<AccountPrincipal> meanwhile = CompletableFuture.supplyAsync(() -> tokens.authenticate(token))
                    .join();
            assertThat(meanwhile)
                    .as("another call before the commit still sees the account enabled")
                    .isPresent();
        });

        assertThat(tokens.authenticate(token))
                .as("what that call read is not remembered past the commit")
                .isEmpty();
    }

    @Test
    void disablingTheAccountBehindATokenLocksItOutAtOnceDespiteTheRecentTokensItRemembers() throws Exception {
        UserAccount integration = integrationUser(Role.BACK_OFFICE);
        String token = tokens.issue(integration.getId(), "short-lived", "test").secret();
        HttpSession api = new HttpSession(port);
        assertThat(api.get("/api/v1", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1", "Authorization", "Bearer " + token).statusCode())
                .as("remembered for a few seconds")
                .isEqualTo(200);

        users.disable(integration.getId());

        assertThat(api.get("/api/v1", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
        users.enable(integration.getId());
        assertThat(api.get("/api/v1", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
    }

    /** An account names a team, a site and an organisation that exist: a field error, never a database error (a 500). */
    @Test
    void anAccountNamesOnlyATeamASiteAndAnOrganisationThatExist() {
        String username = unique("fantome");
        assertThatThrownBy(() -> users.create(
                        UserProfile.staff(
                                username,
                                "Fantôme",
                                username + "@example.fr",
                                Set.of(Role.BACK_OFFICE),
                                987654321L,
                                null),
                        PASSWORD))
                .isInstanceOf(AccountRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "teamId");
        assertThatThrownBy(() -> users.create(
                        UserProfile.staff(
                                username,
                                "Fantôme",
                                username + "@example.fr",
                                Set.of(Role.BACK_OFFICE),
                                null,
                                987654321L),
                        PASSWORD))
                .isInstanceOf(AccountRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "siteId");
        assertThatThrownBy(() -> users.create(
                        new UserProfile(
                                username,
                                "Fantôme",
                                username + "@example.fr",
                                AccountKind.CUSTOMER,
                                Set.of(Role.CUSTOMER),
                                null,
                                null,
                                987654321L,
                                Language.FR),
                        PASSWORD))
                .isInstanceOf(AccountRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "customerOrganisationId");
        assertThat(users.findByUsername(username)).isEmpty();
    }
}
