package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.reports.Report;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.ReportPeriod;
import fr.guichet.reports.ReportQuery;
import fr.guichet.shared.BusinessCalendar;
import fr.guichet.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of a week of five requests of one customer, saved through the store at past instants as the demo life
 * saves them, against values computed by hand (business hours Monday–Friday 9–18 Paris; 2025-03-03 is a Monday).
 * The customer's segment is the test's own, so that the shared database's other requests never count. On H2 and
 * PostgreSQL (percentiles, time zones and the team filter are SQL).
 */
class ReportFiguresIT extends IntegrationTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(BusinessCalendar.PARIS_OFFICE);
    private static final ReportPeriod WEEK = ReportPeriod.containing(ReportPeriod.Unit.WEEK, LocalDate.of(2025, 3, 5));

    @Autowired
    private RequestStore store;

    @Autowired
    private TeamManagement teams;

    @Autowired
    private ReportManagement reports;

    private String segment;
    private long organisation;
    private Team billing;
    private Team accounts;
    private UserAccount agent;
    private UserAccount lead;
    private UserAccount admin;
    private Request r1;
    private Request r2;
    private Request r3;
    private Request r4;
    private Request r5;

    @BeforeEach
    void aWeekOfOneCustomer() {
        segment = unique("segment");
        organisation = customers
                .register(new NewOrganisation(
                        unique("Chiffres"),
                        null,
                        OrganisationKind.COMPANY,
                        CustomerStatus.CUSTOMER,
                        null,
                        "PME, " + segment,
                        Address.french("1 rue de la Paix", "69001", "Lyon"),
                        null,
                        null))
                .getId();
        billing = teams.createTeam(unique("fact"), "Facturation chiffrée", Office.BACK_OFFICE, null, false);
        accounts = teams.createTeam(unique("compta"), "Comptabilité chiffrée", Office.BACK_OFFICE, null, false);
        agent = staff(Role.FRONT_OFFICE);
        lead = memberOf(billing.getId(), Role.BACK_OFFICE, Role.TEAM_LEAD);
        admin = staff(Role.ADMIN, Role.BACK_OFFICE);
        Actor front = new Actor(agent.getId(), agent.getDisplayName());
        Actor customer = new Actor(null, "Client");

        // R1: routed to billing; answered after 1 h 30; resolved the next day at 10:00 (9 h); rated 5 with a comment
        r1 = insert("R1", new Route(billing.getId(), Priority.NORMAL), "2025-03-03T10:00");
        change(r1, r -> r.replyToCustomer("On regarde", false, front, paris("2025-03-03T11:30")));
        change(r1, r -> r.resolve("Avoir émis", false, front, paris("2025-03-04T10:00")));
        change(r1, r -> r.rate(5, "Parfait, merci", customer, paris("2025-03-04T12:00")));
        // R2: routed to billing; answered after 1 h while waiting for the customer (9 business hours), resolved on
        // Friday 12:00, past its due time moved by the wait (Thursday 10:00): 38 h less 9 h waited; rated 2
        r2 = insert("R2", new Route(billing.getId(), Priority.NORMAL), "2025-03-03T10:00");
        change(r2, r -> r.replyToCustomer("Quel numéro ?", true, front, paris("2025-03-03T11:00")));
        change(r2, r -> r.customerReplied("La 42", customer, paris("2025-03-04T11:00")));
        change(r2, r -> r.resolve("Fait", false, front, paris("2025-03-07T12:00")));
        change(r2, r -> r.rate(2, null, customer, paris("2025-03-07T13:00")));
        // R3: at the front office, settled at the first contact after 30 min
        r3 = insert("R3", Route.frontOffice(Priority.NORMAL), "2025-03-04T09:00");
        change(r3, r -> r.resolve("Réglé", true, front, paris("2025-03-04T09:30")));
        // R4: handed to billing, transferred to accounts, returned (3 moves: "baladé"), first answered by its
        // resolution at 15:00 (5 h, late: due 14:00), reopened the next day, resolved again at 11:00 (10 h)
        r4 = insert("R4", Route.frontOffice(Priority.NORMAL), "2025-03-05T10:00");
        change(r4, r -> r.handOff(billing.getId(), "Voir la facture", front, paris("2025-03-05T10:30")));
        change(r4, r -> r.transfer(accounts.getId(), "Compta", front, paris("2025-03-05T11:00")));
        change(r4, r -> r.returnToOwner("Corrigé", front, paris("2025-03-05T14:00")));
        change(r4, r -> r.resolve("Corrigé", false, front, paris("2025-03-05T15:00")));
        change(r4, r -> r.customerReplied("Encore faux", customer, paris("2025-03-06T10:00")));
        change(r4, r -> r.resolve("Corrigé pour de bon", false, front, paris("2025-03-06T11:00")));
        // R5: still open, never answered: in the backlog, overdue
        r5 = insert("R5", Route.frontOffice(Priority.NORMAL), "2025-03-06T10:00");
    }

    @Test
    void theWeekInFiguresIsWhatWasComputedByHand() {
        Report report = reports.report(new AccountPrincipal(admin), query(null));
        Figures.Summary week = report.current();

        assertThat(week.volume()).isEqualTo(5);
        // first responses 1 800, 3 600, 5 400, 18 000 s (nearest rank)
        assertThat(week.firstResponseMedian()).isEqualTo(3_600L);
        assertThat(week.firstResponseP90()).isEqualTo(18_000L);
        // resolutions 1 800, 32 400, 36 000, 104 400 s
        assertThat(week.resolutionMedian()).isEqualTo(32_400L);
        assertThat(week.resolutionP90()).isEqualTo(104_400L);
        assertThat(List.of(week.responded(), week.respondedOnTime())).containsExactly(4L, 3L);
        assertThat(List.of(week.resolved(), week.resolvedOnTime())).containsExactly(4L, 3L);
        assertThat(week.firstContact()).isEqualTo(1);
        assertThat(week.handoffs()).isEqualTo(3);
        assertThat(week.bounced()).isEqualTo(1);
        assertThat(week.reopened()).isEqualTo(1);
        assertThat(week.ratings()).containsExactly(0L, 1L, 0L, 0L, 1L);
        assertThat(week.ratingAverage()).isEqualTo(3.5);

        assertThat(report.previous().volume()).isZero();
        assertThat(report.trend()).extracting(Figures.DayCount::count).containsExactly(2L, 1L, 1L, 1L, 0L, 0L, 0L);
        assertThat(report.transfers())
                .containsExactlyInAnyOrder(
                        new Figures.Transfer(null, billing.getId(), 1),
                        new Figures.Transfer(billing.getId(), accounts.getId(), 1),
                        new Figures.Transfer(accounts.getId(), null, 1));
        assertThat(report.backlog().open()).isEqualTo(1);
        assertThat(report.backlog().byAge()).containsExactly(0L, 0L, 0L, 0L, 1L);
        assertThat(report.backlog().overdue()).isEqualTo(1);
        assertThat(report.comments())
                .extracting(Figures.Comment::reference, Figures.Comment::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(r1.getReference(), "Parfait, merci"));
    }

    @Test
    void everyFigureDrillsDownToTheRequestsItCounts() {
        AccountPrincipal reader = new AccountPrincipal(admin);
        assertThat(drill(reader, Drill.ALL, null, null, null))
                .containsExactly(ref(r5), ref(r4), ref(r3), ref(r2), ref(r1));
        assertThat(drill(reader, Drill.RESPONSE_LATE, null, null, null)).containsExactly(ref(r4));
        assertThat(drill(reader, Drill.RESOLUTION_LATE, null, null, null)).containsExactly(ref(r2));
        assertThat(drill(reader, Drill.FIRST_CONTACT, null, null, null)).containsExactly(ref(r3));
        assertThat(drill(reader, Drill.BOUNCED, null, null, null)).containsExactly(ref(r4));
        assertThat(drill(reader, Drill.REOPENED, null, null, null)).containsExactly(ref(r4));
        assertThat(drill(reader, Drill.SCORE, 5, null, null)).containsExactly(ref(r1));
        assertThat(drill(reader, Drill.TRANSFER, null, billing.getId(), accounts.getId()))
                .containsExactly(ref(r4));
        assertThat(drill(reader, Drill.TRANSFER, null, null, billing.getId())).containsExactly(ref(r4));
        assertThat(drill(reader, Drill.OVERDUE, null, null, null)).containsExactly(ref(r5));
    }

    @Test
    void aTeamLeadReadsTheirTeamsRequestsOnlyAndNeverAnotherTeamThroughTheUrl() throws Exception {
        String params = "?unit=WEEK&day=2025-03-05&segment=" + segment;
        // billing had R1, R2 (routed there) and R4 (handed off there); R3 and R5 stayed at the front office
        mvc.perform(get("/api/v1/reports/requests" + params).with(user(new AccountPrincipal(lead))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamId").value(billing.getId()))
                .andExpect(jsonPath("$.current.volume").value(3))
                .andExpect(jsonPath("$.current.bounced").value(1));
        mvc.perform(get("/api/v1/reports/requests" + params + "&team=" + accounts.getId())
                        .with(user(new AccountPrincipal(lead))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/back/reports" + params + "&team=" + accounts.getId()).with(user(new AccountPrincipal(lead))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/back/reports" + params).with(user(new AccountPrincipal(memberOf(billing.getId())))))
                .andExpect(status().isForbidden());
        String home = mvc.perform(get("/back").with(user(new AccountPrincipal(lead))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("report-panel").contains("/back/reports/requests?drill=BOUNCED");
        String memberHome = mvc.perform(get("/back").with(user(new AccountPrincipal(memberOf(billing.getId())))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(memberHome).doesNotContain("report-panel");
        mvc.perform(get("/api/v1/reports/requests" + params + "&team=" + accounts.getId())
                        .with(user(new AccountPrincipal(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.volume").value(1));
    }

    @Test
    void thePageTheDrillDownAndTheCsvShowTheSameFigures() throws Exception {
        String params = "?unit=WEEK&day=2025-03-05&segment=" + segment;
        AccountPrincipal reader = new AccountPrincipal(admin);
        String page = mvc.perform(get("/back/reports" + params).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("role=\"img\"").contains("/back/reports/requests?drill=BOUNCED");
        String list = mvc.perform(get("/back/reports/requests" + params + "&drill=BOUNCED")
                        .with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(ref(r4)).doesNotContain(ref(r1));
        String csv = mvc.perform(get("/back/reports/export.csv" + params).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(";5;0;");
    }

    private List<String> drill(AccountPrincipal reader, Drill drill, Integer score, Long from, Long to) {
        return reports.lines(reader, query(null), drill, false, score, from, to, null).lines().stream()
                .map(Figures.Line::reference)
                .toList();
    }

    private ReportQuery query(Long team) {
        return new ReportQuery(WEEK, team, null, null, segment, null);
    }

    @Test
    void aLeadNeverSeesTheInternalRequestsTheirMembersFiledToOtherTeams() throws Exception {
        UserAccount member = memberOf(billing.getId());
        Actor asker = new Actor(member.getId(), member.getDisplayName());
        String toHr = unique("Congés");
        Request filedByMember = store.insert(
                Request.submit(
                        new NewRequest(
                                toHr,
                                "Texte",
                                Category.INTERNAL_HR,
                                Channel.INTERNAL,
                                null,
                                member.getId(),
                                member.getDisplayName(),
                                null,
                                member.getId()),
                        new Route(accounts.getId(), Priority.NORMAL),
                        asker,
                        LEVELS,
                        paris("2025-03-05T09:00")),
                new RequestStore.FirstMessage(member.getId(), member.getDisplayName(), false, "Texte"));
        String toBilling = unique("Badge");
        Request askedOfBilling = store.insert(
                Request.submit(
                        new NewRequest(
                                toBilling,
                                "Texte",
                                Category.INTERNAL_OTHER,
                                Channel.INTERNAL,
                                null,
                                admin.getId(),
                                admin.getDisplayName(),
                                null,
                                admin.getId()),
                        new Route(billing.getId(), Priority.NORMAL),
                        new Actor(admin.getId(), admin.getDisplayName()),
                        LEVELS,
                        paris("2025-03-05T09:30")),
                new RequestStore.FirstMessage(admin.getId(), admin.getDisplayName(), false, "Texte"));

        String lines = mvc.perform(
                        get("/api/v1/reports/requests/lines?unit=WEEK&day=2025-03-05&internal=true&drill=ALL")
                                .with(user(new AccountPrincipal(lead))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/back/reports/requests?unit=WEEK&day=2025-03-05&internal=true&drill=ALL")
                        .with(user(new AccountPrincipal(lead))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(lines)
                .contains(ref(askedOfBilling))
                .doesNotContain(ref(filedByMember))
                .doesNotContain(toHr);
        assertThat(page)
                .contains(ref(askedOfBilling))
                .doesNotContain(ref(filedByMember))
                .doesNotContain(toHr);

        // The administrator's row of internal requests held by a team opens exactly those.
        String heldByAccounts = mvc.perform(get("/api/v1/reports/requests/lines?unit=WEEK&day=2025-03-05&internal=true"
                                + "&drill=ALL&toTeam=" + accounts.getId())
                        .with(user(new AccountPrincipal(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(heldByAccounts).contains(ref(filedByMember)).doesNotContain(ref(askedOfBilling));
    }

    private Request insert(String subject, Route route, String at) {
        NewRequest details = new NewRequest(
                subject, "Texte", Category.BILLING, Channel.PORTAL, organisation, null, "Client", null, null);
        Request fresh = Request.submit(details, route, new Actor(null, "Client"), LEVELS, paris(at));
        return store.insert(fresh, new RequestStore.FirstMessage(null, "Client", true, "Texte"));
    }

    private void change(Request request, java.util.function.Consumer<Request> act) {
        act.accept(request.using(LEVELS));
        store.save(request);
    }

    private static String ref(Request request) {
        return request.getReference();
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local)
                .atZone(BusinessCalendar.PARIS_OFFICE.zone())
                .toInstant();
    }
}
