package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.internal.CurrentRoutingRules;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** Administrators change the routing rules, and new requests follow them. */
class RoutingAdministrationIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    RoutingRuleManagement routing;

    @Autowired
    TeamManagement teams;

    @Autowired
    CurrentRoutingRules currentRules;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rulesReadWhileARuleIsBeingAddedAreNotKeptPastItsCommit() {
        String keyword = unique("concurrence");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            routing.saveRoutingRule(RoutingRule.of(1, null, null, null, keyword, null, Priority.HIGH));
            List<RoutingRule> meanwhile =
                    CompletableFuture.supplyAsync(currentRules::inOrder).join();
            assertThat(meanwhile)
                    .as("a submission before the commit routes by the rules before the change")
                    .extracting(RoutingRule::getKeyword)
                    .doesNotContain(keyword);
        });

        assertThat(currentRules.inOrder())
                .as("the next one, after the commit, by the new rules")
                .extracting(RoutingRule::getKeyword)
                .contains(keyword);
    }

    @Test
    void aKeywordRuleSendsMatchingRequestsToItsTeam() {
        Team team = teams.createTeam(unique("securite"), "Sécurité", Office.BACK_OFFICE, null, false);
        String keyword = unique("rancongiciel");
        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        admin.get("/back/admin/routing/new");
        HttpResponse<String> unknown = admin.post(
                "/back/admin/routing",
                "position",
                "1",
                "category",
                "",
                "channel",
                "",
                "segment",
                "",
                "keyword",
                keyword,
                "teamCode",
                "no-such-team",
                "priority",
                "URGENT",
                "active",
                "true",
                "version",
                "0");
        assertThat(HtmlUtils.htmlUnescape(unknown.body()))
                .contains("Aucune équipe n’a ce code.")
                .contains("value=\"" + keyword + "\"");
        HttpResponse<String> saved = admin.post(
                "/back/admin/routing",
                "position",
                "1",
                "category",
                "",
                "channel",
                "",
                "segment",
                "",
                "keyword",
                keyword,
                "teamCode",
                team.getCode(),
                "priority",
                "URGENT",
                "active",
                "true",
                "version",
                "0");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(HtmlUtils.htmlUnescape(admin.get("/back/admin/routing").body()))
                .contains(keyword)
                .contains("Sécurité");

        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Alerte " + keyword + " sur un poste", "Texte", Category.TECHNICAL),
                TestRequests.actorOf(customer));
        assertThat(request.getTeamId()).isEqualTo(team.getId());
        assertThat(request.getPriority()).isEqualTo(Priority.URGENT);

        RoutingRule rule = routing.routingRules().stream()
                .filter(r -> keyword.equals(r.getKeyword()))
                .findFirst()
                .orElseThrow();
        admin.get("/back/admin/routing");
        admin.post("/back/admin/routing/" + rule.getId() + "/delete");
        assertThat(routing.routingRules()).noneMatch(r -> keyword.equals(r.getKeyword()));
    }
}
