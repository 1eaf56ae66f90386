package fr.guichet.zones;

import fr.guichet.counter.CounterManagement;
import fr.guichet.counter.CounterSetupManagement;
import fr.guichet.counter.Reason;
import fr.guichet.counter.Ticket;
import fr.guichet.counter.TicketSource;
import fr.guichet.identity.AccountPrincipal;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The counter's objects for the access matrix's world ({@link RouteWorld}: {@code {kiosk}}, {@code {display}},
 * {@code {reason}}, {@code {desk}}, {@code {ticket}}, {@code {calledticket}}, {@code {servingticket}},
 * {@code {thresholdversion}}), made through the counter's own services of the running application.
 */
@Component
final class CounterSamples {

    /** The live instances' samples, oldest first: the tests' own context, then any second instance a test started. */
    private static final List<CounterSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final CounterManagement counter;
    private final CounterSetupManagement setup;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CounterSamples(
            CounterManagement counter,
            CounterSetupManagement setup,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.counter = counter;
        this.setup = setup;
        this.jdbc = jdbc;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    /** The object named, for a world that acts as {@code agent} when a ticket must be called or served. */
    static Object make(String name, AccountPrincipal agent) {
        CounterSamples samples = RUNNING.get(0);
        return switch (name) {
            case "kiosk" -> samples.setup.setup().kioskSecret();
            case "display" -> samples.setup.setup().displaySecret();
            case "reason" -> samples.reason().id();
            case "desk" -> samples.desk();
            case "thresholdversion" -> samples.setup.setup().version();
            case "ticket" -> samples.free(agent).ticket().id();
            case "calledticket" -> samples.free(agent).called(agent).id();
            case "servingticket" ->
                samples.counter.serve(samples.free(agent).called(agent).id()).id();
            default -> throw new IllegalArgumentException("No such counter object: {" + name + "}");
        };
    }

    /**
     * The agent freed of the visitor an earlier row gave them (an agent receives one visitor at a time): called, noted
     * absent; served, ended.
     */
    private CounterSamples free(AccountPrincipal agent) {
        for (Ticket mine : counter.withAgent(agent.getId())) {
            if (mine.status() == fr.guichet.counter.TicketStatus.SERVING) {
                counter.finish(mine.id(), null, null);
            } else {
                counter.noShow(mine.id());
            }
        }
        // The row's principal may be another agent (the administrator) who called a visitor on an earlier row.
        jdbc.sql("UPDATE counter_ticket SET status = 'NO_SHOW' WHERE status IN ('CALLED', 'SERVING')")
                .update();
        return this;
    }

    private Reason reason() {
        return setup.activeReasons().get(0);
    }

    private long desk() {
        return setup.activeDesks().get(0).id();
    }

    private Ticket ticket() {
        return counter.take(reason().id(), TicketSource.RECEPTION, "Visiteur matrice", null, null);
    }

    private Ticket called(AccountPrincipal agent) {
        return counter.call(ticket().id(), desk(), agent);
    }
}
