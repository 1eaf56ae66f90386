package fr.guichet.counter;

import fr.guichet.counter.internal.CounterSetupStore;
import fr.guichet.counter.internal.DemoVisitWriter;
import fr.guichet.counter.internal.DemoVisitWriter.PastVisit;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Channel;
import fr.guichet.requests.RequestsByChannel;
import fr.guichet.requests.RequestsByChannel.Recorded;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.FrenchPublicHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The counter's year in the demo company: visits on opening days (Monday to Friday, 9:00–12:30 and 13:30–18:00 in the
 * room's zone, no public holiday), more on Mondays and at the opening, fewer in August; each one waits, is called to a
 * counter by a receptionist, served or absent. Each request the requests' demo recorded at the counter is the end of a
 * visit served by its interlocutor, who recorded it: the visit keeps the request's reference. Deterministic from {@link DemoLife}; nothing reaches a person (no alert:
 * past visits are marked alerted). Today's visits end with those still waiting when the room is open.
 */
@Component
class CounterDemoLife implements DemoActivity {

    private static final String[] NAMES = {
        "M. Bernard", "Mme Petit", "M. Robert", "Mme Richard", "M. Durand", "Mme Dubois", "M. Moreau", "Mme Laurent",
        "M. Simon", "Mme Michel", "M. Lefebvre", "Mme Leroy", "M. Roux", "Mme David", "M. Bertrand", "Mme Morel"
    };

    private final CounterSetupStore setup;
    private final DemoVisitWriter writer;
    private final TeamManagement teams;
    private final UserManagement users;
    private final CustomerManagement customers;
    private final CounterSettings settings;
    private final RequestsByChannel requests;

    /** A visitor's arrival; {@code request} the request their visit was recorded as, when it was. */
    private record Arrival(Instant at, @Nullable Recorded request) {}

    CounterDemoLife(
            CounterSetupStore setup,
            DemoVisitWriter writer,
            TeamManagement teams,
            UserManagement users,
            CustomerManagement customers,
            CounterSettings settings,
            RequestsByChannel requests) {
        this.setup = setup;
        this.writer = writer;
        this.teams = teams;
        this.users = users;
        this.customers = customers;
        this.settings = settings;
        this.requests = requests;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public DemoOutcome play(DemoLife life) {
        SplittableRandom random = life.random(name());
        List<Reason> reasons = setup.reasons().stream().filter(Reason::active).toList();
        List<CounterDesk> desks =
                setup.desks().stream().filter(CounterDesk::active).toList();
        List<Long> agents = teams.teamByCode(settings.receptionTeam())
                .map(team -> users.membersOf(team.getId()).stream()
                        .map(UserAccount::getId)
                        .toList())
                .orElse(List.of());
        List<Long> organisations =
                customers.all(200).stream().map(o -> o.getId()).toList();
        if (reasons.isEmpty() || desks.isEmpty() || agents.isEmpty()) {
            return new DemoOutcome("no visit (no reason, counter or receptionist)");
        }
        Map<LocalDate, List<Recorded>> recorded = requests.recorded(Channel.COUNTER, life.start(), life.end()).stream()
                .collect(Collectors.groupingBy(
                        r -> r.createdAt().atZone(life.zone()).toLocalDate()));
        List<PastVisit> visits = new ArrayList<>();
        Map<String, Integer> last = new HashMap<>();
        int served = 0;
        int absent = 0;
        for (LocalDate day = life.firstDay(); !day.isAfter(life.lastDay()); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || FrenchPublicHolidays.isHoliday(day)) {
                continue;
            }
            int count = 14 + random.nextInt(12);
            count += day.getDayOfWeek() == DayOfWeek.MONDAY ? 10 : 0;
            count = day.getMonth() == Month.AUGUST ? count / 3 : count;
            Instant[] deskFree = new Instant[desks.size()];
            List<Arrival> arrivals = arrivals(day, count, recorded.getOrDefault(day, List.of()), random, life);
            for (Arrival arrival : arrivals) {
                Instant taken = arrival.at();
                Recorded request = arrival.request();
                if (taken.isAfter(life.end())) {
                    break;
                }
                Reason reason = reasons.get(pickReason(random, reasons.size()));
                String key = reason.id() + "/" + day;
                int number = last.merge(key, 1, Integer::sum);
                String name = random.nextInt(3) == 0 ? null : NAMES[random.nextInt(NAMES.length)];
                Long organisation = request != null
                        ? request.organisationId()
                        : !organisations.isEmpty() && random.nextInt(2) == 0
                                ? organisations.get(random.nextInt(organisations.size()))
                                : null;
                int d = earliest(deskFree, taken);
                Instant called = deskFree[d] == null || deskFree[d].isBefore(taken) ? taken : deskFree[d];
                called = called.plusSeconds(20 + random.nextInt(120));
                if (request != null && called.isAfter(request.createdAt())) {
                    Instant early = request.createdAt().minusSeconds(150 + random.nextInt(300));
                    called = early.isAfter(taken) ? early : taken.plusSeconds(20);
                }
                if (called.isAfter(life.end())) {
                    visits.add(new PastVisit(
                            reason.id(),
                            day,
                            number,
                            TicketNumber.of(reason.letter(), number),
                            name,
                            organisation,
                            "WAITING",
                            taken,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                    continue;
                }
                long agent = request != null && request.ownerId() != null && agents.contains(request.ownerId())
                        ? request.ownerId()
                        : agents.get(d % agents.size());
                boolean noShow = request == null && random.nextInt(100) < 6;
                Instant done = noShow
                        ? called.plusSeconds(90)
                        : request != null
                                ? request.createdAt().plusSeconds(30 + random.nextInt(90))
                                : called.plusSeconds(150 + random.nextInt(600) + (random.nextInt(10) == 0 ? 900 : 0));
                if (done.isAfter(life.end())) {
                    visits.add(new PastVisit(
                            reason.id(),
                            day,
                            number,
                            TicketNumber.of(reason.letter(), number),
                            name,
                            organisation,
                            "SERVING",
                            taken,
                            called,
                            desks.get(d).id(),
                            agent,
                            called.plusSeconds(30),
                            null,
                            null));
                    deskFree[d] = done;
                    continue;
                }
                deskFree[d] = done;
                visits.add(new PastVisit(
                        reason.id(),
                        day,
                        number,
                        TicketNumber.of(reason.letter(), number),
                        name,
                        organisation,
                        noShow ? "NO_SHOW" : "DONE",
                        taken,
                        called,
                        desks.get(d).id(),
                        agent,
                        noShow ? null : called.plusSeconds(30),
                        done,
                        request == null ? null : request.reference()));
                if (noShow) {
                    absent++;
                } else {
                    served++;
                }
            }
        }
        writer.write(visits, last);
        return new DemoOutcome(
                String.format("%,d counter visits (%,d served, %,d absent)", visits.size(), served, absent));
    }

    /**
     * The day's arrivals, sorted: a crowd at the opening, then spread over the morning and the afternoon; and the
     * visitors whose visit became a request, arrived some minutes before it was recorded.
     */
    private List<Arrival> arrivals(
            LocalDate day, int count, List<Recorded> recorded, SplittableRandom random, DemoLife life) {
        List<Arrival> arrivals = new ArrayList<>();
        for (Recorded request : recorded) {
            arrivals.add(new Arrival(request.createdAt().minusSeconds(300 + random.nextInt(1200)), request));
        }
        for (int i = 0; i < count; i++) {
            boolean morning = random.nextInt(100) < 55;
            LocalTime opens = morning ? LocalTime.of(9, 0) : LocalTime.of(13, 30);
            int span = morning ? 210 : 270;
            int minute = random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(span - 15);
            arrivals.add(new Arrival(
                    day.atTime(opens.plusMinutes(minute).plusSeconds(random.nextInt(60)))
                            .atZone(life.zone())
                            .toInstant(),
                    null));
        }
        arrivals.sort(java.util.Comparator.comparing(Arrival::at));
        return arrivals;
    }

    private static int pickReason(SplittableRandom random, int reasons) {
        int roll = random.nextInt(100);
        int index = roll < 50 ? 0 : roll < 80 ? 1 : 2;
        return Math.min(index, reasons - 1);
    }

    private static int earliest(Instant[] free, Instant now) {
        int best = 0;
        for (int i = 0; i < free.length; i++) {
            if (free[i] == null || free[i].isBefore(now)) {
                return i;
            }
            if (free[i].isBefore(free[best])) {
                best = i;
            }
        }
        return best;
    }
}
