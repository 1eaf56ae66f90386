package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Teams that assign automatically give each new request to the present member with the fewest open requests. */
class AutoAssignmentIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @LocalServerPort
    int port;

    @Test
    void requestsGoToThePresentMemberWithTheFewestOpenOnesAndNeverToTheAbsent() {
        Team team = autoAssigningTeam();
        UserAccount first = member(team);
        UserAccount second = member(team);
        UserAccount away = member(team);
        users.changePresence(away.getId(), false);
        UserAccount agent = staff(Role.FRONT_OFFICE);

        List<Request> handedOff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Request request = handOff(agent, team, "Demande " + i);
            assertThat(request.getTeamId()).isEqualTo(team.getId());
            handedOff.add(request);
        }
        assertThat(handedOff)
                .extracting(Request::getAssigneeId)
                .containsExactly(first.getId(), second.getId(), first.getId(), second.getId());
        assertThat(requests.history(handedOff.get(0).getId()))
                .filteredOn(e -> e.kind() == RequestEventKind.ASSIGNED)
                .singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo(Actor.SYSTEM.name()));

        // The first member resolves one: the next request is theirs, having fewer open.
        Request one = handedOff.get(0);
        requests.resolve(one.getId(), one.getVersion(), "Fait.", new AccountPrincipal(first));
        assertThat(handOff(agent, team, "Après résolution").getAssigneeId()).isEqualTo(first.getId());

        // Back at work: the absent member, with nothing open, takes the next one.
        users.changePresence(away.getId(), true);
        assertThat(handOff(agent, team, "Retour").getAssigneeId()).isEqualTo(away.getId());
    }

    @Test
    void concurrentArrivalsAreSharedEvenly() throws Exception {
        Team team = autoAssigningTeam();
        UserAccount first = member(team);
        UserAccount second = member(team);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Long>> arrivals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            arrivals.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return handOff(agent, team, "Simultanée " + n).getAssigneeId();
                    },
                    threads));
        }
        start.countDown();
        Map<Long, Long> perMember = arrivals.stream()
                .map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        threads.shutdown();
        assertThat(perMember).containsEntry(first.getId(), 4L).containsEntry(second.getId(), 4L);
    }

    @Test
    void aStaffMemberSaysTheyAreAwayFromTheToolbar() {
        UserAccount member = staff(Role.BACK_OFFICE);
        HttpSession session = new HttpSession(port);
        session.login(member.getUsername(), PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(session.get("/back/requests").body()))
                .contains("Présent — me déclarer absent");

        assertThat(session.post("/account/presence", "present", "false", "back", "/back/requests")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/back/requests");
        assertThat(users.get(member.getId()).isPresent()).isFalse();
        assertThat(HtmlUtils.htmlUnescape(session.get("/back/requests").body()))
                .contains("Absent — me déclarer présent");
        assertThat(session.post("/account/presence", "present", "true", "back", "//evil.example")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .as("never sent elsewhere")
                .doesNotContain("evil.example");
        for (String odd : List.of("/\r\n/evil.example", "/{x}", "/\u3002/evil.example")) {
            HttpResponse<String> back = session.post("/account/presence", "present", "true", "back", odd);
            assertThat(back.statusCode()).as(odd).isEqualTo(302);
            assertThat(back.headers().firstValue("Location").orElseThrow())
                    .as(odd)
                    .endsWith("/");
        }
        assertThat(users.get(member.getId()).isPresent()).isTrue();
    }

    private Team autoAssigningTeam() {
        Team team = teams.createTeam(unique("auto"), "Équipe auto", Office.BACK_OFFICE, null, true);
        return teams.updateTeam(
                team.getId(), team.getVersion(), team.getCode(), team.getName(), Office.BACK_OFFICE, null, true, true);
    }

    private UserAccount member(Team team) {
        return memberOf(team.getId(), Role.BACK_OFFICE);
    }

    private Request handOff(UserAccount agent, Team team, String subject) {
        Actor actor = TestRequests.actorOf(agent);
        Request r = requests.submit(TestRequests.byPhone(agent, null, "Client", subject), actor);
        return requests.handOff(r.getId(), r.getVersion(), team.getId(), "À traiter", new AccountPrincipal(agent));
    }
}
