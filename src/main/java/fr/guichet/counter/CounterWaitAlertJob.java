package fr.guichet.counter;

import fr.guichet.counter.internal.TicketStore;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the reception team's leads when a visitor has waited longer than the threshold set in /back/admin/counter.
 * Runs every minute on one instance at a time (ShedLock); each ticket is marked alerted by a conditional update in the
 * transaction that publishes the alert, so that it is alerted about once even if two runs overlapped.
 */
@Component
class CounterWaitAlertJob {

    private static final Logger log = LoggerFactory.getLogger(CounterWaitAlertJob.class);
    private static final int BATCH = 100;

    private final TicketStore tickets;
    private final CounterSetupManagement setup;
    private final TeamManagement teams;
    private final UserManagement users;
    private final CounterSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CounterWaitAlertJob(
            TicketStore tickets,
            CounterSetupManagement setup,
            TeamManagement teams,
            UserManagement users,
            CounterSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.tickets = tickets;
        this.setup = setup;
        this.teams = teams;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = CounterSettings.ALERT_INTERVAL, initialDelayString = "PT40S")
    @SchedulerLock(name = "counter-wait-alert", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
    public void alertLongWaits() {
        Instant now = clock.instant();
        int threshold = setup.thresholdMinutes();
        List<Long> leads = leads();
        int alerted = 0;
        for (Long id : tickets.waitingSinceUnalerted(
                now.minus(Duration.ofMinutes(threshold)),
                now.atZone(settings.zone()).toLocalDate(),
                BATCH)) {
            Boolean done = transaction.execute(status -> {
                if (!tickets.markAlerted(id, now)) {
                    return false;
                }
                tickets.find(id)
                        .ifPresent(t -> events.publishEvent(new VisitorWaitingTooLong(t.label(), threshold, leads)));
                return true;
            });
            alerted += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        if (alerted > 0) {
            log.info("Alerted the reception's leads about {} visitors waiting over {} min", alerted, threshold);
        }
    }

    private List<Long> leads() {
        return teams.teamByCode(settings.receptionTeam())
                .map(team -> users.membersOf(team.getId()).stream()
                        .filter(member -> member.hasRole(Role.TEAM_LEAD) && member.isEnabled())
                        .map(UserAccount::getId)
                        .toList())
                .orElse(List.of());
    }
}
