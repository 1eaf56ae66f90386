package fr.guichet.requests;

import static fr.guichet.requests.DemoLifeDigest.instant;
import static fr.guichet.requests.DemoLifeDigest.number;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's year of requests, on an empty database of its own (H2, then PostgreSQL): the first start plays
 * it and nothing reaches anyone; two plays with the same seed and the same end write the same rows; every request is
 * valid by the aggregate's own rules; every channel, category, priority and status is there, in the thousands.
 */
@ExtendWith(TestDatabase.class)
class RequestsDemoLifeIT {

    /** A Wednesday afternoon in Paris: the end of the plays this test compares (the first start ends now). */
    private static final Instant END = Instant.parse("2026-11-25T14:00:00Z");

    private static DemoLifeDatabase database;
    private static ConfigurableApplicationContext context;
    private static JdbcClient jdbc;
    private static Instant started;
    private static long requestsAtFirstStart;
    private static long overdueLeftAtFirstStart;
    private static long counterRequestsAtFirstStart;
    private static long visitsRecordedAtFirstStart;
    private static long reachingSomeoneAtFirstStart;
    private static String firstDigest;
    private static String secondDigest;
    private static Duration play;

    @BeforeAll
    static void startAndPlayTwice() {
        database = DemoLifeDatabase.create();
        started = Instant.now();
        context = database.start();
        jdbc = context.getBean(JdbcClient.class);
        requestsAtFirstStart = count("SELECT COUNT(*) FROM requests_request");
        counterRequestsAtFirstStart = count("SELECT COUNT(*) FROM requests_request WHERE channel = 'COUNTER'");
        visitsRecordedAtFirstStart = count("SELECT COUNT(*) FROM counter_ticket t"
                + " JOIN requests_request r ON r.reference = t.request_reference"
                + " WHERE r.channel = 'COUNTER' AND t.status = 'DONE' AND t.taken_at < t.called_at"
                + " AND t.called_at <= r.created_at AND t.done_at >= r.created_at AND t.agent_id = r.owner_id");
        overdueLeftAtFirstStart = jdbc.sql(
                        "SELECT COUNT(*) FROM requests_request WHERE status IN ('NEW', 'IN_PROGRESS')"
                                + " AND resolution_due < :started AND escalated_at IS NULL")
                .param("started", OffsetDateTime.ofInstant(started, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        reachingSomeoneAtFirstStart =
                count("SELECT COUNT(*) FROM notifications_outbox") + count("SELECT COUNT(*) FROM notifications_alert");
        firstDigest = replay();
        long before = System.nanoTime();
        secondDigest = replay();
        play = Duration.ofNanos(System.nanoTime() - before);
        System.out.println("Demo life of requests replayed in " + play.toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theFirstStartPlaysAYearThatReachesNobody() {
        assertThat(requestsAtFirstStart).isGreaterThan(2_500);
        assertThat(reachingSomeoneAtFirstStart)
                .as("mails in the outbox and alerts written by the seeding")
                .isZero();
        assertThat(overdueLeftAtFirstStart)
                .as("overdue requests left for the escalation job to alert about")
                .isZero();
    }

    @Test
    void eachRequestRecordedAtTheCounterEndsAVisitServedByItsInterlocutor() {
        assertThat(counterRequestsAtFirstStart).isGreaterThan(100);
        // A request recorded at the counter on a day the room was closed (a public holiday) has no visit.
        assertThat(visitsRecordedAtFirstStart)
                .as("visits that kept the reference of the counter request they became")
                .isGreaterThan(counterRequestsAtFirstStart * 9 / 10)
                .isLessThanOrEqualTo(counterRequestsAtFirstStart);
    }

    @Test
    void theSameSeedAndEndGiveTheSameRequests() {
        assertThat(secondDigest).isEqualTo(firstDigest);
        assertThat(play).as("a play of the year").isLessThan(Duration.ofSeconds(30));
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        String otherSeed = transaction.execute(status -> {
            clear();
            playAll(DemoLife.yearEnding(7, END));
            String digest = DemoLifeDigest.of(jdbc);
            status.setRollbackOnly();
            return digest;
        });
        assertThat(otherSeed).as("another seed, another company").isNotEqualTo(firstDigest);
    }

    @Test
    void thousandsOfRequestsOverEveryChannelCategoryPriorityAndStatus() {
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE channel <> 'INTERNAL'"))
                .isBetween(2_500L, 3_600L);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE channel = 'INTERNAL'"))
                .isBetween(200L, 400L);
        assertThat(values("channel")).containsExactlyInAnyOrder(names(Channel.values()));
        assertThat(values("category")).containsExactlyInAnyOrder(names(Category.values()));
        assertThat(values("priority")).containsExactlyInAnyOrder(names(Priority.values()));
        assertThat(values("status")).containsExactlyInAnyOrder(names(RequestStatus.values()));
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE status IN ('RESOLVED', 'CLOSED')"))
                .as("most are settled")
                .isGreaterThan(count("SELECT COUNT(*) FROM requests_request") * 9 / 10);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE first_contact_resolution"))
                .isGreaterThan(300);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE handoff_count > 2"))
                .as("baladés")
                .isGreaterThan(30);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE escalated_at IS NOT NULL"))
                .isGreaterThan(50);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE rating_comment IS NOT NULL"))
                .isGreaterThan(200);
        assertThat(count("SELECT COUNT(*) FROM requests_request WHERE is_open AND resolution_due < "
                        + "(SELECT MAX(updated_at) FROM requests_request) AND status <> 'WAITING_CUSTOMER'"))
                .as("overdue today")
                .isPositive();
        assertThat(kinds())
                .containsAll(EnumSet.complementOf(EnumSet.of(
                        RequestEventKind.CATEGORY_CHANGED,
                        RequestEventKind.RESUMED,
                        // a quote's steps are the quotes module's, not the requests' demo year
                        RequestEventKind.QUOTE_SENT,
                        RequestEventKind.QUOTE_ACCEPTED,
                        RequestEventKind.QUOTE_DECLINED)));
        assertThat(count("SELECT COUNT(*) FROM requests_message WHERE visibility = 'INTERNAL'"))
                .isGreaterThan(1_000);
        assertThat(count("SELECT COUNT(*) FROM requests_message m JOIN requests_request r ON r.id = m.request_id"
                        + " JOIN identity_user u ON u.id = r.requester_user_id"
                        + " WHERE u.username = 'client' AND r.channel = 'PORTAL' AND m.from_customer"))
                .as("the demo customer's own portal requests")
                .isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM requests_owner_attention")).isPositive();
    }

    @Test
    void requestsArriveInTheRhythmOfAnOffice() {
        Map<java.time.DayOfWeek, Long> byDay = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        Map<java.time.Month, Long> byMonth = new java.util.EnumMap<>(java.time.Month.class);
        long inBusinessHours = 0;
        List<Object> created = jdbc.sql("SELECT created_at FROM requests_request")
                .query((rs, n) -> rs.getObject(1))
                .list();
        for (Object at : created) {
            java.time.ZonedDateTime local = instant(at).atZone(DemoLife.PARIS);
            byDay.merge(local.getDayOfWeek(), 1L, Long::sum);
            byMonth.merge(local.getMonth(), 1L, Long::sum);
            int minute = local.getHour() * 60 + local.getMinute();
            inBusinessHours += minute >= 8 * 60 + 30 && minute < 18 * 60 ? 1 : 0;
        }
        assertThat(byDay.get(java.time.DayOfWeek.MONDAY))
                .as("Monday peak")
                .isGreaterThan(byDay.get(java.time.DayOfWeek.FRIDAY) * 3 / 2);
        assertThat(byDay.getOrDefault(java.time.DayOfWeek.SUNDAY, 0L))
                .as("quiet Sundays")
                .isLessThan(created.size() / 50);
        assertThat(byMonth.get(java.time.Month.AUGUST))
                .as("August dip")
                .isLessThan(byMonth.get(java.time.Month.OCTOBER) * 2 / 3);
        assertThat(inBusinessHours).as("in business hours").isGreaterThan(created.size() * 9L / 10);
    }

    @Test
    void mostCustomersHoldContractsInEveryState() {
        assertThat(count("SELECT COUNT(DISTINCT c.organisation_id) FROM contracts_contract c"
                        + " JOIN customers_organisation o ON o.id = c.organisation_id"
                        + " WHERE o.status = 'CUSTOMER' AND c.status <> 'DRAFT'"))
                .as("customers with a signed contract")
                .isGreaterThan(count("SELECT COUNT(*) FROM customers_organisation WHERE status = 'CUSTOMER'") * 3 / 4);
        assertThat(Set.copyOf(jdbc.sql("SELECT DISTINCT status FROM contracts_contract")
                        .query(String.class)
                        .list()))
                .contains("DRAFT", "ACTIVE", "CANCELLED", "ENDED");
        assertThat(count("SELECT COUNT(*) FROM contracts_contract WHERE status = 'ACTIVE' AND auto_renewal"
                        + " AND initial_end_date < :today"))
                .as("renewed")
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM contracts_contract c WHERE NOT EXISTS"
                        + " (SELECT 1 FROM contracts_line l WHERE l.contract_id = c.id)"))
                .as("contracts without lines")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM contracts_contract WHERE (status = 'CANCELLED' AND ends_on < :today)"
                                        + " OR (status IN ('ACTIVE', 'SUSPENDED') AND auto_renewal = FALSE AND initial_end_date < :today)"))
                .as("contracts over that the end job would still have to end")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM contracts_contract c WHERE (SELECT COUNT(*) FROM contracts_version v"
                        + " WHERE v.contract_id = c.id) <> c.version"))
                .as("one saved version per change")
                .isZero();
    }

    /**
     * The team lines the figures read (V40, ADR 0025) are exactly the history's lines that send a request to a team or
     * move it, each with its request's creation instant — kept by the store in the same transaction, through the
     * insert of new requests and the saves of their changes alike.
     */
    @Test
    void theTeamLinesAreTheHistorysLinesAboutTeams() {
        String history = "SELECT e.request_id, e.kind, e.from_team_id, e.to_team_id, r.created_at, COUNT(*) AS n"
                + " FROM requests_event e JOIN requests_request r ON r.id = e.request_id"
                + " WHERE e.to_team_id IS NOT NULL OR e.kind IN ('HANDED_OFF', 'TRANSFERRED', 'RETURNED_TO_OWNER')"
                + " GROUP BY e.request_id, e.kind, e.from_team_id, e.to_team_id, r.created_at";
        String kept = "SELECT request_id, kind, from_team_id, to_team_id, created_at, COUNT(*) AS n"
                + " FROM requests_team_event GROUP BY request_id, kind, from_team_id, to_team_id, created_at";
        assertThat(count("SELECT COUNT(*) FROM requests_team_event WHERE kind = 'TRANSFERRED'"))
                .isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM (" + history + " EXCEPT " + kept + ") d"))
                .as("history lines about teams missing from the team lines")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (" + kept + " EXCEPT " + history + ") d"))
                .as("team lines that are not in the history")
                .isZero();
    }

    @Test
    void everyRequestIsValidByTheAggregatesRules() {
        Map<Long, List<Map<String, Object>>> history = new HashMap<>();
        jdbc.sql("SELECT request_id, kind, actor_id, to_team_id, at FROM requests_event ORDER BY request_id, id")
                .query()
                .listOfRows()
                .forEach(row -> history.computeIfAbsent(number(row.get("request_id")), k -> new ArrayList<>())
                        .add(row));
        List<Map<String, Object>> requests =
                jdbc.sql("SELECT * FROM requests_request").query().listOfRows();
        List<String> broken = new ArrayList<>();
        for (Map<String, Object> r : requests) {
            String ref = (String) r.get("reference");
            List<Map<String, Object>> lines = history.getOrDefault(number(r.get("id")), List.of());
            RequestStatus status = RequestStatus.valueOf((String) r.get("status"));
            Instant created = instant(r.get("created_at"));
            check(broken, ref, "an owner", r.get("owner_id") != null);
            check(broken, ref, "open flag", status.isOpen() == (Boolean) r.get("is_open"));
            check(
                    broken,
                    ref,
                    "submitted first",
                    !lines.isEmpty() && "SUBMITTED".equals(lines.get(0).get("kind")));
            Instant previous = created;
            for (Map<String, Object> line : lines) {
                Instant at = instant(line.get("at"));
                check(broken, ref, "history in order", !at.isBefore(previous));
                previous = at;
            }
            check(broken, ref, "history within the life", !previous.isAfter(END));
            check(broken, ref, "updated at the last change", previous.equals(instant(r.get("updated_at"))));
            long moves = lines.stream()
                    .filter(l -> Set.of("HANDED_OFF", "TRANSFERRED", "RETURNED_TO_OWNER")
                            .contains(l.get("kind")))
                    .count();
            check(broken, ref, "hand-offs counted", moves == number(r.get("handoff_count")));
            Long team = null;
            for (Map<String, Object> line : lines) {
                if (Set.of("SUBMITTED", "HANDED_OFF", "TRANSFERRED", "RETURNED_TO_OWNER")
                        .contains(line.get("kind"))) {
                    team = line.get("to_team_id") == null ? null : number(line.get("to_team_id"));
                }
            }
            check(
                    broken,
                    ref,
                    "team as the history says",
                    Objects.equals(team, r.get("team_id") == null ? null : number(r.get("team_id"))));
            check(broken, ref, "resolved iff settled", status.isOpen() == (r.get("resolved_at") == null));
            check(broken, ref, "closed iff closed", (status == RequestStatus.CLOSED) == (r.get("closed_at") != null));
            check(
                    broken,
                    ref,
                    "paused iff waiting",
                    (status == RequestStatus.WAITING_CUSTOMER) == (r.get("paused_at") != null));
            boolean rated = r.get("rating") != null;
            check(broken, ref, "rated only when settled", !rated || !status.isOpen());
            check(
                    broken,
                    ref,
                    "rated once, in the history",
                    rated
                            == (lines.stream()
                                            .filter(l -> "RATED".equals(l.get("kind")))
                                            .count()
                                    == 1));
            boolean internal = Category.valueOf((String) r.get("category")).isInternal();
            check(broken, ref, "internal never rated", !internal || !rated);
            check(
                    broken,
                    ref,
                    "internal iff internal channel, without organisation",
                    internal == "INTERNAL".equals(r.get("channel")) && internal == (r.get("organisation_id") == null));
            check(
                    broken,
                    ref,
                    "first contact at the front office, never handed off",
                    !(Boolean) r.get("first_contact_resolution")
                            || (number(r.get("handoff_count")) == 0 && r.get("team_id") == null));
            check(
                    broken,
                    ref,
                    "escalated in the history",
                    (r.get("escalated_at") != null) == lines.stream().anyMatch(l -> "ESCALATED".equals(l.get("kind"))));
            check(
                    broken,
                    ref,
                    "portal requests filed by the customer's user",
                    !"PORTAL".equals(r.get("channel")) || r.get("requester_user_id") != null);
        }
        assertThat(broken).as("broken rules").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM requests_request r JOIN identity_user u ON u.id = r.requester_user_id"
                        + " WHERE r.channel = 'PORTAL' AND u.customer_organisation_id <> r.organisation_id"))
                .as("portal requests of another organisation's user")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM requests_message m JOIN requests_request r ON r.id = m.request_id"
                        + " WHERE m.created_at < r.created_at OR m.created_at > :end"))
                .isZero();
    }

    private static void check(List<String> broken, String reference, String rule, boolean holds) {
        if (!holds && broken.size() < 20) {
            broken.add(reference + ": " + rule);
        }
    }

    /** Clears the requests and plays the year again with the seed of the first start and a fixed end. */
    private static String replay() {
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        return transaction.execute(status -> {
            clear();
            playAll(DemoLife.yearEnding(2026, END));
            return DemoLifeDigest.of(jdbc);
        });
    }

    /** The contracts' year, then the requests', as the seeder plays them (the activities of this test's modules). */
    private static void playAll(DemoLife life) {
        context.getBeansOfType(DemoActivity.class).values().stream()
                .filter(activity -> Set.of("contracts", "requests").contains(activity.name()))
                .sorted(java.util.Comparator.comparingInt(DemoActivity::order))
                .forEach(activity -> activity.play(life));
    }

    private static void clear() {
        for (String table : List.of(
                "requests_work_entry",
                "billing_contract_period",
                "requests_owner_attention",
                "requests_message",
                "requests_team_event",
                "requests_event",
                "requests_request",
                "contracts_version",
                "contracts_line",
                "contracts_document",
                "contracts_contract")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private static long count(String sql) {
        return jdbc.sql(sql)
                .param("end", OffsetDateTime.ofInstant(END, java.time.ZoneOffset.UTC))
                .param("today", END.atZone(DemoLife.PARIS).toLocalDate())
                .query(Long.class)
                .single();
    }

    private static Set<String> values(String column) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT " + column + " FROM requests_request")
                .query(String.class)
                .list());
    }

    private static Set<RequestEventKind> kinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM requests_event").query(String.class).list().stream()
                .map(RequestEventKind::valueOf)
                .collect(Collectors.toSet());
    }

    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
