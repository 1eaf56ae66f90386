package fr.guichet.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.counter.internal.TicketStore;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.requests.Category;
import fr.guichet.support.AtOnce;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.ScheduledJobs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The waiting room with many clients on two instances of one database: numbers never given twice, a ticket called by
 * one agent only, the visit recorded as a counter request, and a long wait alerted to the reception's lead once.
 */
class CounterQueueIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    CounterManagement counter;

    @Autowired
    CounterSetupManagement setup;

    @Autowired
    TicketStore store;

    @Autowired
    CounterWaitAlertJob alertJob;

    @Autowired
    JdbcClient jdbc;

    Reason reasonA;
    Reason reasonB;
    long desk;

    @BeforeEach
    void emptyRoom() {
        // visits left by earlier tests (or earlier runs on the same database) leave the room
        jdbc.sql("UPDATE counter_ticket SET status = 'NO_SHOW' WHERE status IN ('WAITING', 'CALLED')")
                .update();
        List<Reason> reasons = setup.activeReasons();
        reasonA =
                reasons.stream().filter(r -> r.letter().equals("A")).findFirst().orElseThrow();
        reasonB =
                reasons.stream().filter(r -> r.letter().equals("B")).findFirst().orElseThrow();
        desk = setup.activeDesks().get(0).id();
    }

    private CounterManagement counterOf(int i) {
        return i % 2 == 0 ? counter : second.context().getBean(CounterManagement.class);
    }

    private AccountPrincipal agent() {
        return new AccountPrincipal(staff(Role.FRONT_OFFICE));
    }

    /** As many receptionists, each free to call a visitor. */
    private List<AccountPrincipal> agents(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> agent()).toList();
    }

    @Test
    void aTicketLeftWaitingYesterdayIsGoneWithItsDay() {
        java.time.LocalDate yesterday =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1);
        Instant takenYesterday = yesterday
                .atTime(17, 0)
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .toInstant();
        int number = 10_000 + (int) (System.nanoTime() % 89_999);
        String label = "Z-" + number;
        long id = jdbc.sql("INSERT INTO counter_ticket (reason_id, ticket_day, ticket_number, label, source, status,"
                        + " taken_at) VALUES (:reason, :day, :number, :label, 'RECEPTION', 'WAITING', :taken)")
                .param("reason", reasonA.id())
                .param("number", number)
                .param("label", label)
                .param("day", yesterday)
                .param("taken", takenYesterday.atOffset(ZoneOffset.UTC))
                .update();
        assertThat(id).isEqualTo(1);

        assertThat(counter.inRoom()).noneMatch(t -> t.label().equals(label));
        AccountPrincipal agent = agent();
        counter.take(reasonA.id(), TicketSource.RECEPTION, null, null, null);
        Ticket called = counter.callNext(desk, reasonA.id(), agent);
        assertThat(called.label()).isNotEqualTo(label);
        counter.noShow(called.id());
    }

    @Test
    void anAgentReceivesOneVisitorAtATime() {
        AccountPrincipal agent = agent();
        Ticket first = counter.take(reasonA.id(), TicketSource.RECEPTION, null, null, null);
        Ticket second = counter.take(reasonA.id(), TicketSource.RECEPTION, null, null, null);
        counter.call(first.id(), desk, agent);

        assertThatThrownBy(() -> counter.call(second.id(), desk, agent))
                .isInstanceOfSatisfying(
                        CounterRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("counter.error.occupied"));
        assertThat(counter.get(second.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(counter.lastDeskOf(agent.getId())).contains(desk);

        counter.noShow(first.id());
        assertThat(counter.call(second.id(), desk, agent).status()).isEqualTo(TicketStatus.CALLED);
        counter.noShow(second.id());
    }

    @Test
    void thirtyTwoTakersOnTwoInstancesGetThirtyTwoNumbersInARow() throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Ticket> taken = AtOnce.call(
                32,
                () -> counterOf(next.getAndIncrement()).take(reasonA.id(), TicketSource.RECEPTION, null, null, null));

        Set<String> labels = new HashSet<>();
        taken.forEach(t -> labels.add(t.label()));
        assertThat(labels).hasSize(32).allMatch(label -> label.matches("A-\\d{3,}"));
        List<Integer> numbers = taken.stream()
                .map(t -> Integer.parseInt(t.label().substring(2)))
                .sorted()
                .toList();
        assertThat(numbers.get(31) - numbers.get(0)).isEqualTo(31);
        assertThat(taken).allMatch(t -> t.status() == TicketStatus.WAITING);
    }

    @Test
    void theKioskHandsOutALimitedNumberOfTicketsAMinuteAcrossInstances() {
        int given = 0;
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            try {
                counterOf(i).take(reasonA.id(), TicketSource.KIOSK, null, null, null);
                given++;
            } catch (CounterRuleViolation busy) {
                assertThat(busy.messageKey()).isEqualTo("counter.error.busy");
                refused++;
            }
        }
        // the limit's minute is over for the tests that follow
        jdbc.sql("UPDATE counter_ticket SET taken_at = :at WHERE source = 'KIOSK' AND taken_at > :at")
                .param("at", Instant.now().minusSeconds(120).atOffset(ZoneOffset.UTC))
                .update();

        assertThat(given).isLessThanOrEqualTo(20);
        assertThat(refused).isGreaterThanOrEqualTo(5);
    }

    @Test
    void numbersStartAgainAtOneOnANewDay() {
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 30_000));
        int first = counterTransaction(() -> store.nextNumber(reasonB.id(), day));
        int secondNumber = counterTransaction(() -> store.nextNumber(reasonB.id(), day));
        int otherReason = counterTransaction(() -> store.nextNumber(reasonA.id(), day));
        int nextDay = counterTransaction(() -> store.nextNumber(reasonB.id(), day.plusDays(1)));

        assertThat(List.of(first, secondNumber, otherReason, nextDay)).containsExactly(1, 2, 1, 1);
    }

    private int counterTransaction(java.util.function.Supplier<Integer> work) {
        return Objects.requireNonNull(second.context()
                .getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> work.get()));
    }

    @Test
    void aChosenTicketIsCalledByOneOfThirtyTwoAgentsOnTwoInstances() throws Exception {
        Ticket ticket = counter.take(reasonA.id(), TicketSource.RECEPTION, "Paul", null, null);
        List<AccountPrincipal> agents = agents(32);
        AtomicInteger next = new AtomicInteger();

        List<Boolean> calls = AtOnce.call(32, () -> {
            try {
                int n = next.getAndIncrement();
                counterOf(n).call(ticket.id(), desk, agents.get(n));
                return true;
            } catch (CounterRuleViolation alreadyCalled) {
                assertThat(alreadyCalled.messageKey()).isEqualTo("counter.error.already-called");
                return false;
            }
        });

        assertThat(calls.stream().filter(b -> b).count()).isEqualTo(1);
        Ticket called = counter.get(ticket.id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.callCount()).isEqualTo(1);
    }

    @Test
    void callNextGivesEachWaitingVisitorToOneAgentOnly() throws Exception {
        for (int i = 0; i < 10; i++) {
            counter.take(reasonB.id(), TicketSource.RECEPTION, null, null, null);
        }
        List<AccountPrincipal> agents = agents(32);
        AtomicInteger next = new AtomicInteger();

        List<Long> called = AtOnce.call(32, () -> {
            try {
                int n = next.getAndIncrement();
                return counterOf(n).callNext(desk, reasonB.id(), agents.get(n)).id();
            } catch (CounterRuleViolation nobody) {
                return -1L;
            }
        });

        List<Long> served = called.stream().filter(id -> id > 0).toList();
        assertThat(served).hasSize(10).doesNotHaveDuplicates();
        assertThat(counter.inRoom()).noneMatch(t -> t.status() == TicketStatus.WAITING && t.reasonId() == reasonB.id());
    }

    @Test
    void aServedVisitBecomesACounterRequestSettledAtFirstContactAndTheTicketKeepsItsReference() {
        AccountPrincipal agent = agent();
        Ticket ticket = counter.take(reasonA.id(), TicketSource.RECEPTION, "Jeanne Visiteuse", null, null);
        counter.callNext(desk, reasonA.id(), agent);
        Ticket recalled = counter.recall(ticket.id());
        assertThat(recalled.callCount()).isEqualTo(2);
        counter.serve(ticket.id());

        Ticket done = counter.recordVisit(
                ticket.id(),
                new CounterVisit(
                        "Attestation demandée",
                        "Le client veut une attestation de contrat",
                        Category.OTHER,
                        null,
                        null,
                        "Attestation imprimée et remise",
                        null,
                        null),
                agent);

        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.requestReference()).startsWith("DEM-");
        var row = jdbc.sql("SELECT channel, status, requester_name FROM requests_request WHERE reference = :ref")
                .param("ref", done.requestReference())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(row.get(0)).isEqualTo("COUNTER");
        assertThat(row.get(1)).isEqualTo("RESOLVED");
        assertThat(row.get(2)).isEqualTo("Jeanne Visiteuse");
        assertThatThrownBy(() -> counter.serve(ticket.id())).isInstanceOf(CounterRuleViolation.class);
    }

    @Test
    void aRefusedRequestLeavesTheVisitBeingServed() {
        AccountPrincipal agent = agent();
        Ticket ticket = counter.take(reasonA.id(), TicketSource.RECEPTION, null, null, null);
        counter.call(ticket.id(), desk, agent);
        counter.serve(ticket.id());

        assertThatThrownBy(() -> counter.recordVisit(
                        ticket.id(), new CounterVisit("", "", Category.OTHER, null, null, "Réglé", null, null), agent))
                .isInstanceOf(fr.guichet.shared.RuleViolation.class);

        assertThat(counter.get(ticket.id()).status()).isEqualTo(TicketStatus.SERVING);
    }

    @Test
    void aVisitorWaitingPastTheThresholdIsAlertedToTheReceptionLeadOnceWhenBothInstancesTick() throws Exception {
        Ticket ticket = counter.take(reasonA.id(), TicketSource.RECEPTION, null, null, null);
        jdbc.sql("UPDATE counter_ticket SET taken_at = :at WHERE id = :id")
                .param(
                        "at",
                        Instant.now()
                                .minusSeconds(60L * (setup.thresholdMinutes() + 5))
                                .atOffset(ZoneOffset.UTC))
                .param("id", ticket.id())
                .update();
        long lead = users.findByUsername("chef.accueil").orElseThrow().getId();
        ScheduledJobs.releaseLock(jdbc, "counter-wait-alert");
        CounterWaitAlertJob otherJob = second.context().getBean(CounterWaitAlertJob.class);

        AtomicInteger next = new AtomicInteger();
        AtOnce.call(2, () -> {
            (next.getAndIncrement() == 0 ? alertJob : otherJob).alertLongWaits();
            return true;
        });
        ScheduledJobs.releaseLock(jdbc, "counter-wait-alert");
        alertJob.alertLongWaits();

        int alerts = jdbc.sql("SELECT COUNT(*) FROM notifications_alert WHERE user_id = :lead"
                        + " AND kind = 'COUNTER_WAITING' AND reference = :label"
                        + " AND created_at >= :since")
                .param("lead", lead)
                .param("label", ticket.label())
                .param("since", ticket.takenAt().minusSeconds(3600).atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
        assertThat(alerts).isEqualTo(1);
    }

    @Test
    void theFiguresCountTheVisitsWithTheirWaitAndService() {
        Instant from = Instant.now().minusSeconds(1);
        AccountPrincipal agent = agent();
        Ticket served = counter.take(reasonB.id(), TicketSource.RECEPTION, null, null, null);
        Ticket absent = counter.take(reasonB.id(), TicketSource.RECEPTION, null, null, null);
        counter.call(served.id(), desk, agent);
        counter.serve(served.id());
        counter.finish(served.id(), null, null);
        counter.call(absent.id(), desk, agent);
        counter.noShow(absent.id());

        CounterFigures figures = second.context().getBean(CounterFigures.class);
        List<CounterFigures.CounterVisits> visits = figures
                .visits(from, Instant.now().plusSeconds(1), null)
                .stream()
                .filter(v -> v.reasonCode().equals("B"))
                .toList();
        assertThat(visits.stream()
                        .mapToLong(CounterFigures.CounterVisits::tickets)
                        .sum())
                .isEqualTo(2);
        assertThat(visits.stream()
                        .mapToLong(CounterFigures.CounterVisits::served)
                        .sum())
                .isEqualTo(1);
        assertThat(visits.stream()
                        .mapToLong(CounterFigures.CounterVisits::noShow)
                        .sum())
                .isEqualTo(1);
        assertThat(visits).allMatch(v -> v.medianWaitSeconds() != null);
        assertThat(figures.tickets(from, Instant.now().plusSeconds(1), null, "B", 10))
                .extracting(CounterFigures.CounterTicketLine::number)
                .containsExactlyInAnyOrder(served.label(), absent.label());
    }
}
