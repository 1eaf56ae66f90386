package fr.guichet.requests;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.MessageStore;
import fr.guichet.requests.internal.MessageStore.NewMessage;
import fr.guichet.requests.internal.OwnerAttentionStore;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The requests module's part of the demo company's year ({@link DemoActivity}, order 200): about 3,000 customer
 * requests over every channel, category, priority and state, and about 300 internal requests between teams, each
 * played on the {@link Request} aggregate's own transitions at past instants ({@link DemoCustomerStory}, {@link
 * DemoInternalStory}), then saved by {@link RequestStore} like any new request — the request as its transitions left
 * it and one history line per event — but without publishing its events: the past reaches nobody (no mail, no alert,
 * no outbox row). Requests are saved in the order they arrived, so references follow the calendar. The messages are
 * written in batches; a request that came back to its owner and is still open is highlighted for them, as the
 * owner-attention rule would have done.
 */
@Component
class RequestsDemoLife implements DemoActivity {

    static final int CUSTOMER_REQUESTS = 3000;
    static final int INTERNAL_REQUESTS = 300;
    private static final int MESSAGE_BATCH = 2000;

    private final TeamManagement teams;
    private final UserManagement users;
    private final CustomerManagement customers;
    private final ServiceLevels levels;
    private final RequestStore store;
    private final MessageStore messages;
    private final OwnerAttentionStore attention;

    RequestsDemoLife(
            TeamManagement teams,
            UserManagement users,
            CustomerManagement customers,
            ServiceLevels levels,
            RequestStore store,
            MessageStore messages,
            OwnerAttentionStore attention) {
        this.teams = teams;
        this.users = users;
        this.customers = customers;
        this.levels = levels;
        this.store = store;
        this.messages = messages;
        this.attention = attention;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "requests";
    }

    /** One request to play: when it arrives, and whether it is a colleague's. */
    private record Arrival(DemoRhythm.Arrival at, boolean internal) {}

    @Override
    public DemoOutcome play(DemoLife life) {
        DemoCast cast = DemoCast.read(teams, users, customers);
        if (!cast.playable()) {
            return new DemoOutcome("no request: the company has no front office, team or customer");
        }
        SplittableRandom random = life.random(name());
        DemoRhythm rhythm = new DemoRhythm(life, levels.calendar());
        List<Arrival> arrivals = new ArrayList<>();
        rhythm.arrivals(CUSTOMER_REQUESTS, random.split()).forEach(a -> arrivals.add(new Arrival(a, false)));
        rhythm.arrivals(INTERNAL_REQUESTS, random.split()).stream()
                .filter(a -> !a.offHours())
                .forEach(a -> arrivals.add(new Arrival(a, true)));
        arrivals.sort(Comparator.comparing((Arrival a) -> a.at().at()).thenComparing(Arrival::internal));

        DemoCustomerStory customerStory = new DemoCustomerStory(cast, rhythm, levels, life.end());
        DemoInternalStory internalStory = new DemoInternalStory(cast, rhythm, levels, life.end());
        List<NewMessage> pending = new ArrayList<>();
        int internal = 0;
        int events = 0;
        int written = 0;
        int open = 0;
        for (Arrival arrival : arrivals) {
            SplittableRandom r = random.split();
            DemoScene scene =
                    arrival.internal() ? internalStory.play(arrival.at().at(), r) : customerStory.play(arrival.at(), r);
            scene.finish();
            Request request = scene.request();
            List<RequestEvent> recorded = store.insertWithoutPublishing(request, firstMessage(request, arrival));
            events += recorded.size();
            for (DemoScene.Line line : scene.lines()) {
                pending.add(new NewMessage(
                        request.getId(),
                        line.authorId(),
                        line.authorName(),
                        line.fromCustomer(),
                        line.visibility(),
                        line.body(),
                        line.at()));
            }
            written += 1 + scene.lines().size();
            if (request.getStatus().isOpen()) {
                open++;
                cameBack(recorded)
                        .ifPresent(event -> attention.flag(
                                request.getId(),
                                request.getOwnerId(),
                                OwnerAttention.reasonFor(event).orElseThrow().name(),
                                event.at()));
            }
            internal += arrival.internal() ? 1 : 0;
            if (pending.size() >= MESSAGE_BATCH) {
                messages.addAll(pending);
                pending.clear();
            }
        }
        messages.addAll(pending);
        return new DemoOutcome(String.format(
                "%,d requests (%,d internal, %,d open), %,d history lines, %,d messages",
                arrivals.size(), internal, open, events, written));
    }

    /** The description, written by the requester as the intake does (a customer's, or the colleague's). */
    private static RequestStore.FirstMessage firstMessage(Request request, Arrival arrival) {
        DemoTexts.Topic topic = DemoTexts.TOPICS.get(request.getCategory()).stream()
                .filter(t -> t.subject().equals(request.getSubject()))
                .findFirst()
                .orElseThrow();
        return new RequestStore.FirstMessage(
                request.getRequesterUserId(), request.getRequesterName(), !arrival.internal(), topic.description());
    }

    /**
     * The last change that called the owner back (returned, a question, an answer: {@link OwnerAttention}), if the
     * owner did nothing on the request after it: what their list still highlights today.
     */
    private static Optional<RequestEvent> cameBack(List<RequestEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            RequestEvent event = events.get(i);
            if (OwnerAttention.reasonFor(event).isPresent()) {
                return Optional.of(event);
            }
            if (event.actorId() != null
                    && Objects.equals(event.actorId(), event.about().ownerId())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
