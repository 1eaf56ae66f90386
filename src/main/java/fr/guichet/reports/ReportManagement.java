package fr.guichet.reports;

import fr.guichet.counter.CounterFigures;
import fr.guichet.counter.CounterSettings;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.Site;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Drill;
import fr.guichet.requests.FigureFilter;
import fr.guichet.requests.Figures;
import fr.guichet.requests.RequestFigureManagement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The reports, for the pages, the API and the CSV alike: who may read which figures, and the figures of a period with
 * the previous period's.
 *
 * <p>Who: administrators read every team's figures; a team lead reads their own team's — whatever the filters or the
 * URL say (another team is refused, none means theirs); anyone else is refused. Figures are counts, times and rates
 * over many requests; the comments and the drill-down name requests, never to a customer (customers are refused).
 */
@Service
public class ReportManagement {

    /** The latest comments a report shows. */
    static final int COMMENTS = 8;

    private final RequestFigureManagement figures;
    private final TeamManagement teams;
    private final UserManagement users;
    private final CustomerManagement customers;
    private final ObjectProvider<CounterFigures> counter;
    private final ObjectProvider<CounterSettings> counterSettings;
    private final Clock clock;

    ReportManagement(
            RequestFigureManagement figures,
            TeamManagement teams,
            UserManagement users,
            CustomerManagement customers,
            ObjectProvider<CounterFigures> counter,
            ObjectProvider<CounterSettings> counterSettings,
            Clock clock) {
        this.figures = figures;
        this.teams = teams;
        this.users = users;
        this.customers = customers;
        this.counter = counter;
        this.counterSettings = counterSettings;
        this.clock = clock;
    }

    /** Whether the user reads figures at all: team leads and administrators, staff only. */
    public static boolean mayRead(AccountPrincipal user) {
        return user.getKind() != AccountKind.CUSTOMER && (user.hasRole(Role.ADMIN) || user.hasRole(Role.TEAM_LEAD));
    }

    /** Whether the user has figures to read: an administrator, or a team lead who leads a team. */
    public boolean mayReadSomeTeam(AccountPrincipal user) {
        return mayRead(user) && (user.hasRole(Role.ADMIN) || user.getTeamId() != null);
    }

    /** The team whose figures the user reads for the query: any (null: all) for an admin, their own for a lead. */
    public @Nullable Long teamFor(AccountPrincipal user, @Nullable Long asked) {
        if (!mayRead(user)) {
            throw new ReportRefused("reports.error.leads-only");
        }
        if (user.hasRole(Role.ADMIN)) {
            return asked;
        }
        if (user.getTeamId() == null) {
            throw new ReportRefused("reports.error.no-team");
        }
        if (asked != null && !asked.equals(user.getTeamId())) {
            throw new ReportRefused("reports.error.other-team");
        }
        return user.getTeamId();
    }

    /** Today in the company's time zone: the default period contains it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return figures.zone();
    }

    public Report report(AccountPrincipal user, ReportQuery query) {
        FigureFilter filter = filterFor(user, query);
        ReportPeriod period = query.period();
        ReportPeriod before = period.comparedWith(today());
        FigureFilter previous = filter.over(before.from(zone()), before.to(zone()));
        boolean weekly = period.days() > 62;
        return new Report(
                query,
                before,
                figures.summary(filter),
                figures.summary(previous),
                trend(period, figures.perDay(filter), weekly),
                weekly,
                figures.backlog(filter),
                figures.transfers(filter),
                figures.internalByTeam(filter),
                figures.latestComments(filter, COMMENTS),
                counterVisits(filter, query.siteId()),
                counterFollows(filter),
                teamNames());
    }

    /**
     * The period's summary and the previous period's only (a home panel's glance): no trend, backlog, moves nor
     * comments.
     */
    public Report glance(AccountPrincipal user, ReportQuery query) {
        FigureFilter filter = filterFor(user, query);
        ReportPeriod before = query.period().comparedWith(today());
        return new Report(
                query,
                before,
                figures.summary(filter),
                figures.summary(filter.over(before.from(zone()), before.to(zone()))),
                List.of(),
                false,
                new Figures.Backlog(0, List.of(0L, 0L, 0L, 0L, 0L), 0),
                List.of(),
                List.of(),
                List.of(),
                null,
                false,
                Map.of());
    }

    /** The requests behind a figure of the report. */
    public Figures.LinePage lines(
            AccountPrincipal user,
            ReportQuery query,
            Drill drill,
            boolean internal,
            @Nullable Integer score,
            @Nullable Long fromTeam,
            @Nullable Long toTeam,
            @Nullable Long after) {
        FigureFilter filter = filterFor(user, query).ofInternal(internal);
        return figures.lines(filter, drill, score, fromTeam, toTeam, after);
    }

    /** The filter the figures are computed with: the query's, the team as the user may read it. */
    public FigureFilter filterFor(AccountPrincipal user, ReportQuery query) {
        Long team = teamFor(user, query.teamId());
        List<Long> members = team == null
                ? List.of()
                : users.membersOf(team).stream().map(UserAccount::getId).toList();
        List<Long> organisations = query.segment() == null ? null : organisationsIn(query.segment());
        List<Long> owners = query.siteId() == null
                ? null
                : users.all().stream()
                        .filter(u -> query.siteId().equals(u.getSiteId()))
                        .map(UserAccount::getId)
                        .toList();
        return new FigureFilter(
                query.period().from(zone()),
                query.period().to(zone()),
                false,
                team,
                members,
                query.channel(),
                query.category(),
                organisations,
                owners);
    }

    public Map<Long, String> teamNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        teams.teams().forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    /** The teams a user may pick in the filter: all for an admin, their own for a lead. */
    public List<Team> teamsFor(AccountPrincipal user) {
        Long own = teamFor(user, null);
        return teams.teams().stream()
                .filter(t -> own == null || own.equals(t.getId()))
                .toList();
    }

    public List<Site> sites() {
        return teams.sites();
    }

    /** The customers' segment tags, sorted. */
    public List<String> segments() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        customers.all(Integer.MAX_VALUE).forEach(o -> tags.addAll(o.getTags()));
        return List.copyOf(tags);
    }

    private List<Long> organisationsIn(String segment) {
        return customers.all(Integer.MAX_VALUE).stream()
                .filter(o -> o.getTags().stream().anyMatch(tag -> tag.equalsIgnoreCase(segment.strip())))
                .map(Organisation::getId)
                .toList();
    }

    private @Nullable List<CounterFigures.CounterVisits> counterVisits(FigureFilter filter, @Nullable Long site) {
        CounterFigures visits = counter.getIfAvailable();
        if (visits == null) {
            return null;
        }
        return counterFollows(filter) ? visits.visits(filter.from(), filter.to(), site) : List.of();
    }

    /**
     * Whether the counter's figures follow the filter: the counter's visits have no category nor segment, come through
     * the counter channel, and are reception's — filtered otherwise, they are left out rather than shown unfiltered.
     */
    private boolean counterFollows(FigureFilter filter) {
        if (filter.category() != null || filter.organisationIds() != null) {
            return false;
        }
        if (filter.channel() != null && filter.channel() != fr.guichet.requests.Channel.COUNTER) {
            return false;
        }
        if (filter.teamId() == null) {
            return true;
        }
        CounterSettings settings = counterSettings.getIfAvailable();
        return settings != null
                && teams.teamByCode(settings.receptionTeam())
                        .map(team -> team.getId().equals(filter.teamId()))
                        .orElse(false);
    }

    /** Every day (or week from Monday) of the period with its count, zeros included. */
    static List<Figures.DayCount> trend(ReportPeriod period, List<Figures.DayCount> days, boolean weekly) {
        TreeMap<LocalDate, Long> slots = new TreeMap<>();
        LocalDate first =
                weekly ? period.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : period.start();
        for (LocalDate d = first; d.isBefore(period.end()); d = d.plusDays(weekly ? 7 : 1)) {
            slots.put(d, 0L);
        }
        for (Figures.DayCount day : days) {
            LocalDate slot = Objects.requireNonNull(slots.floorKey(day.day()), "a day of the period");
            slots.merge(slot, day.count(), Long::sum);
        }
        List<Figures.DayCount> trend = new ArrayList<>();
        slots.forEach((day, count) -> trend.add(new Figures.DayCount(day, count)));
        return trend;
    }
}
