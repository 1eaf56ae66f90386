package fr.guichet.counter;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.StaffHomePanel;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The desk home's panel: who is waiting at the counter, the longest wait, and a link to the queue. */
@Component
class CounterHomePanel implements StaffHomePanel {

    private final CounterManagement counter;

    CounterHomePanel(CounterManagement counter) {
        this.counter = counter;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String fragment() {
        return "counter/desk-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (home != Home.DESK || !(user.hasRole(Role.FRONT_OFFICE) || user.hasRole(Role.ADMIN))) {
            return Optional.empty();
        }
        Instant now = counter.now();
        List<Ticket> waiting = counter.inRoom().stream()
                .filter(t -> t.status() == TicketStatus.WAITING)
                .toList();
        Ticket longest =
                waiting.stream().min(Comparator.comparing(Ticket::takenAt)).orElse(null);
        List<CounterBoard.ReasonWait> waits =
                counter.waits().stream().filter(w -> w.waiting() > 0).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("waiting", waiting.size());
        model.put("longest", longest);
        model.put("longestMinutes", longest == null ? 0 : longest.waitedMinutes(now));
        model.put("waits", waits);
        return Optional.of(model);
    }
}
