package fr.guichet.notifications;

import fr.guichet.counter.VisitorWaitingTooLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Posts the counter's alerts: a visitor waiting past the threshold, to each of the reception team's leads. */
@Component
class CounterAlerts {

    private final AlertManagement alerts;

    CounterAlerts(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void on(VisitorWaitingTooLong waiting) {
        for (Long lead : waiting.leadIds()) {
            alerts.post(
                    lead,
                    "COUNTER_WAITING",
                    waiting.ticketLabel(),
                    Integer.toString(waiting.thresholdMinutes()),
                    "/desk/counter");
        }
    }
}
