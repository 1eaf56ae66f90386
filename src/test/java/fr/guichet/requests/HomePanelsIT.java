package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The staff homes' panels: each figure equals the count of hand-made requests, and the list its link opens shows
 * that many (following every page), with the same number in the list's own count. A team lead sees their own team
 * only; the administrator sees every queue.
 */
class HomePanelsIT extends IntegrationTest {

    private static final Pattern FIGURE =
            Pattern.compile("<a href=\"([^\"]+)\">\\s*<span class=\"home-figure-count\">([^<]+)</span>");
    private static final Pattern AGE = Pattern.compile("<a href=\"([^\"]+)\">[^<]*?(\\d+)</a>\\s*<meter");
    private static final Pattern BACKLOG = Pattern.compile("<a href=\"([^\"]+)\" aria-label=\"[^\"]*\">([^<]+)</a>");

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    ServiceLevels serviceLevels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBackOfficeLeadAndAgentSeeTheirTeamsFiguresAndEachOpensAListOfThatMany() throws Exception {
        Team team = teams.createTeam(unique("panneau"), "Équipe des panneaux", Office.BACK_OFFICE, null, false);
        Team other = teams.createTeam(unique("autre"), "Autre équipe", Office.BACK_OFFICE, null, false);
        UserAccount frontAgent = staff(Role.FRONT_OFFICE);
        UserAccount lead = memberOf(team.getId(), Role.BACK_OFFICE, Role.TEAM_LEAD);
        UserAccount agent = memberOf(team.getId(), Role.BACK_OFFICE);
        Instant now = Instant.now();
        Instant breachedToday =
                startOfToday().plus(Duration.between(startOfToday(), now).dividedBy(2));
        Instant atRisk = now.plus(Duration.ofMinutes(20));

        long r1 = handed(frontAgent, team, "Échue ce matin", agent, breachedToday, now.minus(Duration.ofDays(2)), null);
        long r2 = handed(frontAgent, team, "À risque", agent, atRisk, now, null);
        handed(
                frontAgent,
                team,
                "Tranquille",
                null,
                now.plus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(10)),
                null);
        handed(
                frontAgent,
                team,
                "En pause",
                null,
                now.minus(Duration.ofMinutes(10)),
                now.minus(Duration.ofDays(5)),
                RequestStatus.WAITING_CUSTOMER);
        handed(
                frontAgent,
                team,
                "En retard de longue date",
                agent,
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(4)),
                null);
        // another team's breach: never on this team's panels
        handed(frontAgent, other, "Chez les autres", null, breachedToday, now, null);
        assertThat(r1).isNotEqualTo(r2);

        Map<String, Long> leads = figures(home("/back", lead));
        assertThat(leads)
                .as("the lead's figures, by the list each opens")
                .containsEntry("/back/requests", 5L)
                .containsEntry("/back/requests?assignee=none", 2L)
                .containsEntry("/back/requests?due=AT_RISK", 1L)
                .containsEntry("/back/requests?due=BREACHED_TODAY", 1L)
                .containsEntry("/back/requests?overdue=true", 2L)
                .containsEntry("/back/requests?age=UNDER_A_DAY", 1L)
                .containsEntry("/back/requests?age=ONE_TO_THREE_DAYS", 1L)
                .containsEntry("/back/requests?age=THREE_TO_SEVEN_DAYS", 2L)
                .containsEntry("/back/requests?age=OVER_A_WEEK", 1L);
        everyFigureIsItsListsCount(leads, lead);

        // the agent's own internal request, about which the IT team asks them a question
        Request internal = requests.submit(
                new NewRequest(
                        "Écran noir",
                        "Plus d’image",
                        Category.INTERNAL_IT,
                        Channel.INTERNAL,
                        null,
                        agent.getId(),
                        agent.getDisplayName(),
                        null,
                        null),
                TestRequests.actorOf(agent));
        UserAccount it = memberOf(internal.getTeamId(), Role.BACK_OFFICE);
        requests.askOwner(
                internal.getId(), internal.getVersion(), "Le voyant est-il allumé ?", new AccountPrincipal(it));

        long dueToday = atRisk.isBefore(startOfToday().plus(Duration.ofDays(1))) ? 2 : 1;
        Map<String, Long> agents = figures(home("/back", agent));
        assertThat(agents)
                .as("the agent's figures: what is assigned to them")
                .containsEntry("/back/requests?assignee=me", 3L)
                .containsEntry("/back/requests?assignee=me&due=TODAY", dueToday)
                .containsEntry("/back/requests?assignee=me&overdue=true", 2L)
                .containsEntry("/back/internal-requests?cameBack=true", 1L)
                .doesNotContainKey("/back/requests?due=AT_RISK");
        everyFigureIsItsListsCount(agents, agent);

        // the API lists the same windows: an integration token of the front office asks for this team's
        String token = apiTokenOf(integrationUser(Role.FRONT_OFFICE));
        for (DueWindow window : DueWindow.values()) {
            String body = mvc.perform(get("/api/v1/requests?teamId=" + team.getId() + "&due=" + window)
                            .header("Authorization", "Bearer " + token))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            long listed =
                    Pattern.compile("\"reference\"").matcher(body).results().count();
            assertThat(listed).as("the API's %s", window).isEqualTo(backlog(team, window, lead));
        }

        UserAccount otherLead = memberOf(other.getId(), Role.BACK_OFFICE, Role.TEAM_LEAD);
        assertThat(figures(home("/back", otherLead)))
                .as("the other team's lead sees only theirs")
                .containsEntry("/back/requests", 1L)
                .containsEntry("/back/requests?due=BREACHED_TODAY", 1L)
                .containsEntry("/back/requests?due=AT_RISK", 0L);

        // the administrator's whole backlog: this team's row, and every figure its queue's count
        UserAccount admin = staff(Role.ADMIN, Role.BACK_OFFICE);
        String adminHome = home("/back", admin);
        Map<String, Long> backlog = matches(BACKLOG, adminHome);
        assertThat(backlog)
                .containsEntry("/back/requests?team=" + team.getId(), 5L)
                .containsEntry("/back/requests?team=" + team.getId() + "&due=AT_RISK", 1L)
                .containsEntry("/back/requests?team=" + team.getId() + "&due=BREACHED_TODAY", 1L)
                .containsEntry("/back/requests?team=" + team.getId() + "&due=TODAY", dueToday)
                .containsEntry("/back/requests?team=" + other.getId() + "&due=BREACHED_TODAY", 1L)
                .containsKey("/desk/requests?view=front");
        everyFigureIsItsListsCount(backlog, admin);
        assertThat(matches(BACKLOG, home("/back", lead)))
                .as("a lead has no whole backlog")
                .isEmpty();
    }

    @Test
    void theDeskAgentSeesWhatTheyOwnDueTodayAndWhatCameBackAndTheFrontLeadTheFrontOffice() throws Exception {
        Team team = teams.createTeam(unique("retour"), "Équipe qui répond", Office.BACK_OFFICE, null, false);
        Team reception = teams.createTeam(unique("accueil"), "Accueil des panneaux", Office.FRONT_OFFICE, null, false);
        UserAccount agent = memberOf(reception.getId(), Role.FRONT_OFFICE);
        UserAccount frontLead = memberOf(reception.getId(), Role.FRONT_OFFICE, Role.TEAM_LEAD);
        UserAccount technician = memberOf(team.getId(), Role.BACK_OFFICE);
        AccountPrincipal agentPrincipal = new AccountPrincipal(agent);
        Instant now = Instant.now();

        Request dueSoon = owned(agent, "Due aujourd’hui");
        setDue(dueSoon.getId(), now.plus(Duration.ofMinutes(20)));
        Request later = owned(agent, "Plus tard");
        setDue(later.getId(), now.plus(Duration.ofDays(3)));
        Request cameBack = owned(agent, "Revenue");
        cameBack = requests.handOff(cameBack.getId(), cameBack.getVersion(), team.getId(), "Voyez", agentPrincipal);
        requests.returnToOwner(
                cameBack.getId(), cameBack.getVersion(), "C’est fait.", new AccountPrincipal(technician));
        setDue(cameBack.getId(), now.plus(Duration.ofDays(3)));
        boolean stillToday =
                now.plus(Duration.ofMinutes(20)).isBefore(startOfToday().plus(Duration.ofDays(1)));

        Map<String, Long> agents = figures(home("/desk", agent));
        assertThat(agents)
                .containsEntry("/desk/requests?view=mine", 3L)
                .containsEntry("/desk/requests?view=mine&due=TODAY", stillToday ? 1L : 0L)
                .containsEntry("/desk/requests?view=mine&cameBack=true", 1L)
                .containsKey("/desk/requests?view=unowned");
        everyFigureIsItsListsCount(agents, agent);

        // opening the request that came back: no longer counted
        mvc.perform(get("/desk/requests/" + cameBack.getReference()).with(user(agentPrincipal)));
        assertThat(figures(home("/desk", agent))).containsEntry("/desk/requests?view=mine&cameBack=true", 0L);

        Map<String, Long> leads = figures(home("/desk", frontLead));
        assertThat(leads)
                .as("the front-office lead reads the front office's queue")
                .containsKeys(
                        "/desk/requests?view=front",
                        "/desk/requests?view=unowned",
                        "/desk/requests?view=front&due=AT_RISK",
                        "/desk/requests?view=front&due=BREACHED_TODAY",
                        "/desk/requests?view=front&age=UNDER_A_DAY",
                        "/desk/requests?view=front&age=OVER_A_WEEK");
        assertThat(leads.get("/desk/requests?view=front")).isGreaterThanOrEqualTo(2);
        everyFigureIsItsListsCount(leads, frontLead);
        assertThat(home("/back", frontLead))
                .as("the front office's queue is not on the back office's home")
                .doesNotContain("homepanel-lead-title")
                .doesNotContain("/desk/requests?view=front");
    }

    /** How many the team's queue holds in the window, as the lead's queue page counts them. */
    private long backlog(Team team, DueWindow window, UserAccount lead) throws Exception {
        MvcResult result = mvc.perform(get("/back/requests?due=" + window).with(user(new AccountPrincipal(lead))))
                .andReturn();
        return ((QueueCounts) result.getModelAndView().getModel().get("counts")).total();
    }

    /** The figure of each link is what the list shows, page after page, and what its own count line says. */
    @SuppressWarnings("unchecked")
    private void everyFigureIsItsListsCount(Map<String, Long> figures, UserAccount viewer) throws Exception {
        assertThat(figures).isNotEmpty();
        for (Map.Entry<String, Long> figure : figures.entrySet()) {
            String path = figure.getKey();
            long listed = 0;
            String next = path;
            while (next != null) {
                MvcResult result = mvc.perform(get(next).with(user(new AccountPrincipal(viewer))))
                        .andReturn();
                Map<String, Object> model = result.getModelAndView().getModel();
                listed += ((List<QueueItem>) model.get("items")).size();
                if (next.equals(path) && model.get("counts") instanceof QueueCounts counts) {
                    assertThat(counts.total()).as("the count line of %s", path).isEqualTo(figure.getValue());
                }
                if (next.equals(path) && model.get("filtered") instanceof Long filtered) {
                    assertThat(filtered).as("the filter's count of %s", path).isEqualTo(figure.getValue());
                }
                QueueItem last = (QueueItem) model.get("next");
                next = last == null
                        ? null
                        : path + (path.contains("?") ? "&" : "?") + "afterDue=" + last.resolutionDue() + "&afterId="
                                + last.id();
            }
            assertThat(listed).as("the list %s", path).isEqualTo(figure.getValue());
        }
    }

    private String home(String path, UserAccount viewer) throws Exception {
        return mvc.perform(get(path).with(user(new AccountPrincipal(viewer))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> figures(String page) {
        Map<String, Long> figures = matches(FIGURE, page);
        figures.putAll(matches(AGE, page));
        return figures;
    }

    private static Map<String, Long> matches(Pattern pattern, String page) {
        Map<String, Long> found = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(page);
        while (matcher.find()) {
            found.put(
                    matcher.group(1).replace("&amp;", "&"),
                    Long.valueOf(matcher.group(2).replaceAll("[^0-9]", "")));
        }
        return found;
    }

    /** A request recorded at the desk, handed to the team, then made as the test needs it. */
    private long handed(
            UserAccount frontAgent,
            Team team,
            String subject,
            UserAccount assignee,
            Instant due,
            Instant created,
            RequestStatus status) {
        AccountPrincipal by = new AccountPrincipal(frontAgent);
        Request request = requests.submit(
                TestRequests.byPhone(frontAgent, null, "Client", subject), TestRequests.actorOf(frontAgent));
        request = requests.handOff(request.getId(), request.getVersion(), team.getId(), "note", by);
        if (assignee != null) {
            request = requests.assign(
                    request.getId(), request.getVersion(), assignee.getId(), new AccountPrincipal(assignee));
        }
        jdbc.sql("UPDATE requests_request SET resolution_due = :due, created_at = :created"
                        + (status != null ? ", status = :status" : "")
                        + " WHERE id = :id")
                .param("due", due.atOffset(ZoneOffset.UTC))
                .param("created", created.atOffset(ZoneOffset.UTC))
                .param("status", status == null ? "" : status.name())
                .param("id", request.getId())
                .update();
        return request.getId();
    }

    private Request owned(UserAccount agent, String subject) {
        Request request =
                requests.submit(TestRequests.byPhone(agent, null, "Client", subject), TestRequests.actorOf(agent));
        if (request.getOwnerId() == null) {
            request = requests.takeOwnership(request.getId(), request.getVersion(), new AccountPrincipal(agent));
        }
        return request;
    }

    private void setDue(long id, Instant due) {
        jdbc.sql("UPDATE requests_request SET resolution_due = :due WHERE id = :id")
                .param("due", due.atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    private Instant startOfToday() {
        ZoneId zone = serviceLevels.calendar().zone();
        return Instant.now().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }
}
