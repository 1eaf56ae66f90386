package fr.guichet.counter;

import fr.guichet.counter.internal.CounterChanges;
import fr.guichet.counter.internal.CounterSetupStore;
import fr.guichet.counter.internal.TicketStore;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Channel;
import fr.guichet.requests.DeskIntake;
import fr.guichet.requests.IntakeManagement;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting room: tickets taken at the kiosk or by reception, called to a counter, served, ended. Numbers come from
 * the reason's day row (one per reason and per day in the room's zone); calls are conditional updates, so a ticket is
 * called by one agent even with two instances; each change is counted for the displays ({@link CounterChanges}).
 */
@Service
@Transactional
public class CounterManagement {

    /** How far back the recent visits that set the pace of the expected wait go. */
    static final Duration RECENT = Duration.ofHours(2);

    private static final int CANDIDATES = 20;

    private final TicketStore tickets;
    private final CounterSetupStore setup;
    private final CounterChanges changes;
    private final CounterSettings settings;
    private final Clock clock;
    private final IntakeManagement intake;
    private final CustomerManagement customers;

    CounterManagement(
            TicketStore tickets,
            CounterSetupStore setup,
            CounterChanges changes,
            CounterSettings settings,
            Clock clock,
            IntakeManagement intake,
            CustomerManagement customers) {
        this.intake = intake;
        this.customers = customers;
        this.tickets = tickets;
        this.setup = setup;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes a ticket for an active reason. At the kiosk, at most {@link CounterSettings#kioskLimit()} a minute (counted
     * in the database, so across instances). The name and customer number are optional.
     */
    public Ticket take(
            long reasonId,
            TicketSource source,
            @Nullable String visitorName,
            @Nullable String customerNumber,
            @Nullable Long organisationId) {
        Reason reason = setup.reason(reasonId)
                .filter(Reason::active)
                .orElseThrow(() -> new CounterRuleViolation("counter.error.reason"));
        Instant now = clock.instant();
        if (source == TicketSource.KIOSK
                && tickets.takenAtKioskSince(now.minus(Duration.ofMinutes(1))) >= settings.kioskLimit()) {
            throw new CounterRuleViolation("counter.error.busy");
        }
        String name = clean(visitorName);
        String number = clean(customerNumber);
        if ((name != null && name.length() > 120) || (number != null && number.length() > 40)) {
            throw new CounterRuleViolation("counter.error.too-long");
        }
        requireCustomer(organisationId);
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        int n = tickets.nextNumber(reasonId, day);
        long id = tickets.insert(reasonId, reason.letter(), day, n, source, name, number, organisationId, now);
        changes.bump();
        return get(id);
    }

    @Transactional(readOnly = true)
    public Ticket get(long id) {
        return tickets.find(id).orElseThrow(() -> new UnknownTicket("ticket", Long.toString(id)));
    }

    /** Calls the visitor who has waited longest (for one reason, or any) to the agent's counter. */
    public Ticket callNext(long deskId, @Nullable Long reasonId, AccountPrincipal agent) {
        requireDesk(deskId);
        requireFree(agent);
        Instant now = clock.instant();
        for (Long id : tickets.waitingIds(reasonId, today(), CANDIDATES)) {
            if (tickets.call(id, deskId, agent.getId(), now)) {
                changes.bump();
                return get(id);
            }
        }
        throw new CounterRuleViolation("counter.error.nobody");
    }

    /** Calls one chosen visitor; refused when someone else called them meanwhile. */
    public Ticket call(long ticketId, long deskId, AccountPrincipal agent) {
        requireDesk(deskId);
        requireFree(agent);
        get(ticketId);
        if (!tickets.call(ticketId, deskId, agent.getId(), clock.instant())) {
            throw new CounterRuleViolation("counter.error.already-called");
        }
        changes.bump();
        return get(ticketId);
    }

    /** Calls the visitor again (the display announces it again). */
    public Ticket recall(long ticketId) {
        get(ticketId);
        if (!tickets.recall(ticketId, clock.instant())) {
            throw new CounterRuleViolation("counter.error.not-called");
        }
        changes.bump();
        return get(ticketId);
    }

    /** The visitor came to the counter: their service starts. */
    public Ticket serve(long ticketId) {
        return move(ticketId, TicketStatus.CALLED, TicketStatus.SERVING, "serving_at", "counter.error.not-called");
    }

    /** The visitor did not come when called. */
    public Ticket noShow(long ticketId) {
        get(ticketId);
        Instant now = clock.instant();
        // Called and not come, or gone before being called (a ticket taken and left, or taken for nothing at the
        // kiosk).
        if (!tickets.move(ticketId, TicketStatus.CALLED, TicketStatus.NO_SHOW, "done_at", now)
                && !tickets.move(ticketId, TicketStatus.WAITING, TicketStatus.NO_SHOW, "done_at", now)) {
            throw new CounterRuleViolation("counter.error.not-called");
        }
        changes.bump();
        return get(ticketId);
    }

    /**
     * Ends a visit being served; with the reference of the request it was recorded as (and the organisation it was
     * for), or none for a visit that needed no request.
     */
    public Ticket finish(long ticketId, @Nullable String requestReference, @Nullable Long organisationId) {
        get(ticketId);
        if (!tickets.finish(ticketId, requestReference, organisationId, clock.instant())) {
            throw new CounterRuleViolation("counter.error.not-serving");
        }
        changes.bump();
        return get(ticketId);
    }

    /**
     * Records the visit being served as a request on the counter channel, through the desk's intake (the same rules as
     * a request recorded at the desk: owner, routing, hand-off note), and ends the visit with its reference — in one
     * transaction: a refused request leaves the visit being served.
     */
    public Ticket recordVisit(long ticketId, CounterVisit visit, AccountPrincipal agent) {
        Ticket ticket = get(ticketId);
        if (ticket.status() != TicketStatus.SERVING) {
            throw new CounterRuleViolation("counter.error.not-serving");
        }
        Long organisation = visit.organisationId() != null ? visit.organisationId() : ticket.organisationId();
        requireCustomer(organisation);
        String requester = clean(visit.requesterName()) != null ? clean(visit.requesterName()) : ticket.visitorName();
        NewRequest details = new NewRequest(
                visit.subject(),
                visit.description(),
                visit.category(),
                Channel.COUNTER,
                organisation,
                null,
                requester == null ? "" : requester,
                null,
                agent.getId());
        String answer = clean(visit.answer());
        DeskIntake.Destination destination = visit.teamId() != null
                ? DeskIntake.Destination.team(visit.teamId())
                : DeskIntake.Destination.FRONT_OFFICE;
        Request request = intake.record(
                new DeskIntake(
                        details,
                        null,
                        null,
                        answer != null ? DeskIntake.Destination.BY_RULES : destination,
                        null,
                        visit.handOffNote(),
                        answer,
                        List.of()),
                agent);
        return finish(ticketId, request.getReference(), organisation);
    }

    /** Reception tells who the visitor is (the customer picked on the counter page). */
    public void identify(long ticketId, long organisationId) {
        if (!get(ticketId).status().inRoom() && get(ticketId).status() != TicketStatus.SERVING) {
            throw new CounterRuleViolation("counter.error.over");
        }
        requireCustomer(organisationId);
        tickets.identify(ticketId, organisationId);
    }

    /** A visitor is identified only as a customer that exists (not as one that might be registered later). */
    private void requireCustomer(@Nullable Long organisationId) {
        if (organisationId != null && customers.find(organisationId).isEmpty()) {
            throw new CounterRuleViolation("counter.error.no-customer");
        }
    }

    @Transactional(readOnly = true)
    public List<Ticket> inRoom() {
        return tickets.inRoom(today());
    }

    @Transactional(readOnly = true)
    public List<Ticket> withAgent(long agentId) {
        return tickets.withAgent(agentId, today());
    }

    /** The display's board: the calls of the last four hours (eight at most) and each active reason's wait. */
    @Transactional(readOnly = true)
    public CounterBoard board() {
        long change = changes.current();
        Instant now = clock.instant();
        List<Ticket> calls = tickets.lastCalls(now.minus(Duration.ofHours(4)), 8);
        return new CounterBoard(calls, waits(), change);
    }

    /** Each active reason: how many wait, and the wait a newcomer can expect. */
    @Transactional(readOnly = true)
    public List<CounterBoard.ReasonWait> waits() {
        Instant now = clock.instant();
        List<Duration> recent = tickets.recentServiceSeconds(now.minus(RECENT), 50).stream()
                .map(Duration::ofSeconds)
                .toList();
        int desks = tickets.desksAtWork(now.minus(Duration.ofHours(1)));
        Map<Long, Long> waiting = tickets.inRoom(today()).stream()
                .filter(t -> t.status() == TicketStatus.WAITING)
                .collect(Collectors.groupingBy(Ticket::reasonId, Collectors.counting()));
        return setup.reasons().stream()
                .filter(Reason::active)
                .map(reason -> {
                    int ahead = waiting.getOrDefault(reason.id(), 0L).intValue();
                    return new CounterBoard.ReasonWait(
                            reason, ahead, ExpectedWait.of(ahead, recent, desks).toMinutes());
                })
                .toList();
    }

    /** The wait this ticket's holder can expect: those of its reason taken before it, at the recent pace. */
    @Transactional(readOnly = true)
    public Duration expectedWait(Ticket ticket) {
        Instant now = clock.instant();
        int ahead = (int) tickets.inRoom(today()).stream()
                .filter(t -> t.status() == TicketStatus.WAITING
                        && t.reasonId() == ticket.reasonId()
                        && t.id() != ticket.id()
                        && !t.takenAt().isAfter(ticket.takenAt()))
                .count();
        List<Duration> recent = tickets.recentServiceSeconds(now.minus(RECENT), 50).stream()
                .map(Duration::ofSeconds)
                .toList();
        return ExpectedWait.of(ahead, recent, tickets.desksAtWork(now.minus(Duration.ofHours(1))));
    }

    /** The reasons by id, for labels. */
    @Transactional(readOnly = true)
    public Map<Long, Reason> reasonsById() {
        return setup.reasons().stream().collect(Collectors.toMap(Reason::id, Function.identity()));
    }

    /** Today in the waiting room's time zone: the day of the tickets in the room. */
    private LocalDate today() {
        return clock.instant().atZone(settings.zone()).toLocalDate();
    }

    public Instant now() {
        return clock.instant();
    }

    private Ticket move(long ticketId, TicketStatus from, TicketStatus to, String stamp, String refusal) {
        get(ticketId);
        if (!tickets.move(ticketId, from, to, stamp, clock.instant())) {
            throw new CounterRuleViolation(refusal);
        }
        changes.bump();
        return get(ticketId);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An agent receives one visitor at a time: the one called or being served is finished, recorded or absent first. */
    private void requireFree(AccountPrincipal agent) {
        if (!tickets.withAgent(agent.getId(), today()).isEmpty()) {
            throw new CounterRuleViolation("counter.error.occupied");
        }
    }

    /** The counter the agent called their last visitor to, if any: where they most likely still work. */
    @Transactional(readOnly = true)
    public Optional<Long> lastDeskOf(long agentId) {
        return tickets.lastDeskOf(agentId);
    }

    private void requireDesk(long deskId) {
        boolean active = setup.desks().stream().anyMatch(d -> d.id() == deskId && d.active());
        if (!active) {
            throw new CounterRuleViolation("counter.error.desk");
        }
    }
}
