package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' list of users: search by name, username or email; filters by kind, team, role and status, each
 * with its count; pages of 25; and a status badge that says the status.
 */
class AdminUsersListIT extends IntegrationTest {

    @Autowired
    TeamManagement teams;

    private AccountPrincipal admin;
    private String tag;
    private Team team;

    @BeforeEach
    void someUsers() {
        admin = new AccountPrincipal(staff(Role.ADMIN));
        tag = unique("zq").replace("-", "");
        team = teams.createTeam(unique("liste"), "Équipe listée", Office.BACK_OFFICE, null, false);
        String hash = users.findByUsername(admin.getUsername()).orElseThrow().getPasswordHash();
        for (int i = 0; i < 3; i++) {
            users.createWithHash(
                    UserProfile.staff(
                            tag + "agent" + i,
                            "Agent " + tag + " " + i,
                            "agent" + i + "." + tag + "@example.fr",
                            i == 0 ? Set.of(Role.BACK_OFFICE, Role.TEAM_LEAD) : Set.of(Role.BACK_OFFICE),
                            team.getId(),
                            null),
                    hash,
                    false);
        }
        UserAccount gone = users.createWithHash(
                UserProfile.staff(
                        tag + "parti", "Parti", "parti." + tag + "@example.fr", Set.of(Role.FRONT_OFFICE), null, null),
                hash,
                false);
        users.disable(gone.getId());
        UserAccount client = customerUser();
        users.update(
                client.getId(),
                client.getVersion(),
                UserProfile.customer(
                        client.getUsername(), "Cliente " + tag, client.getEmail(), client.getCustomerOrganisationId()));
    }

    @Test
    void searchAndFiltersNarrowTheListAndCountEachOption() throws Exception {
        String all = page("/back/admin/users?q=" + tag);
        assertThat(all).as("the menu: a disclosure, open as served").contains("<details class=\"sidenav-menu\" open>");
        assertThat(all)
                .contains("1–5 sur 5")
                .contains(tag + "agent0")
                .contains(tag + "parti")
                .contains("Cliente " + tag);
        assertThat(all)
                .as("each kind with its count under the search")
                .containsPattern("Personnel</span> <span class=\"count\">4<")
                .containsPattern("Clients</span> <span class=\"count\">1<")
                .contains("Actif (4)")
                .contains("Désactivé (1)");

        assertThat(page("/back/admin/users?q=" + tag.toUpperCase() + "&kind=STAFF"))
                .contains("1–4 sur 4");
        assertThat(page("/back/admin/users?q=parti." + tag + "@EXAMPLE"))
                .as("by email")
                .contains("1–1 sur 1");
        assertThat(page("/back/admin/users?q=" + tag + "&team=" + team.getId())).contains("1–3 sur 3");
        String leads = page("/back/admin/users?q=" + tag + "&role=TEAM_LEAD");
        assertThat(leads).contains("1–1 sur 1").contains(tag + "agent0").doesNotContain(tag + "agent1");
        String disabled = page("/back/admin/users?q=" + tag + "&status=DISABLED");
        assertThat(disabled).contains("1–1 sur 1").contains(tag + "parti").doesNotContain(tag + "agent0");
        assertThat(page("/back/admin/users?q=" + tag + "%25"))
                .as("% is a character")
                .contains("Aucun utilisateur");
    }

    @Test
    void theStatusBadgeSaysTheStatusNotAMessage() throws Exception {
        String list = page("/back/admin/users?q=" + tag);
        assertThat(list)
                .contains("class=\"badge user-status on\">Actif</span>")
                .contains("class=\"badge user-status off\">Désactivé</span>")
                .doesNotContain("{0}")
                .doesNotContain("est réactivé")
                .doesNotContain("est désactivé");
        assertThat(page("/back/admin/users?q=" + tag + "&lang=en"))
                .contains(">Active</span>")
                .contains(">Disabled</span>");
    }

    @Test
    void theListComesInPagesOfTwentyFive() throws Exception {
        String hash = users.findByUsername(admin.getUsername()).orElseThrow().getPasswordHash();
        for (int i = 0; i < 23; i++) {
            users.createWithHash(
                    UserProfile.staff(
                            tag + "lot" + i,
                            "Lot " + tag + " " + i,
                            "lot" + i + "." + tag + "@example.fr",
                            Set.of(Role.FRONT_OFFICE),
                            null,
                            null),
                    hash,
                    false);
        }
        String first = page("/back/admin/users?q=" + tag);
        assertThat(first).contains("1–25 sur 28").contains("Page 1 sur 2").contains("rel=\"next\"");
        String second = page("/back/admin/users?q=" + tag + "&page=2");
        assertThat(second).contains("26–28 sur 28").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(page("/back/admin/users?q=" + tag + "&page=0"))
                .as("a page below 1 is the first")
                .contains("1–25 sur 28");
        assertThat(page("/back/admin/users?q=" + tag + "&page=9"))
                .as("a page past the last is the last")
                .contains("26–28 sur 28");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
