package fr.guichet.requests;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work recorded in the demo company's year ({@link DemoActivity}, order 250, after the requests): on about a
 * quarter of the settled customer requests that went to a team, a member of that team records the time spent (15
 * minutes to 3 hours) on the day it was resolved, now and then an intervention from the catalogue too — through
 * {@link WorkManagement}'s rules, so that a customer's contract that includes the item makes it covered.
 */
@Component
class WorkDemoLife implements DemoActivity {

    private static final String[] NOTES = {
        "Diagnostic à distance",
        "Prise en main à distance",
        "Intervention sur place",
        "Réinstallation du poste",
        "Analyse des journaux",
        "Mise à jour et vérification",
        null,
        null
    };

    private final JdbcClient jdbc;
    private final WorkManagement work;
    private final RequestHistory history;
    private final UserManagement users;

    WorkDemoLife(JdbcClient jdbc, WorkManagement work, RequestHistory history, UserManagement users) {
        this.jdbc = jdbc;
        this.work = work;
        this.history = history;
        this.users = users;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public String name() {
        return "work";
    }

    private record Settled(long id, Instant resolvedAt) {}

    @Override
    public DemoOutcome play(DemoLife life) {
        if (work.hourlyItems().isEmpty()) {
            return new DemoOutcome("no work: the catalogue has no hourly item");
        }
        List<CatalogueItem> interventions = work.interventionItems().stream()
                .filter(i -> !work.hourlyItems().contains(i))
                .toList();
        List<Settled> settled = jdbc.sql("""
                        SELECT id, resolved_at FROM requests_request
                         WHERE resolved_at IS NOT NULL AND organisation_id IS NOT NULL AND handoff_count > 0
                         ORDER BY id
                        """)
                .query((rs, n) -> new Settled(
                        rs.getLong("id"),
                        rs.getObject("resolved_at", java.time.OffsetDateTime.class)
                                .toInstant()))
                .list();
        SplittableRandom random = life.random(name());
        Map<Long, List<UserAccount>> members = new HashMap<>();
        int entries = 0;
        int requests = 0;
        for (Settled request : settled) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            Optional<AccountPrincipal> member = memberWhoWorkedOn(request.id(), members, random);
            if (member.isEmpty()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(request.resolvedAt(), life.zone());
            int minutes = 15 * (1 + random.nextInt(12));
            String note = NOTES[random.nextInt(NOTES.length)];
            work.recordAt(request.id(), NewWork.time(minutes, note).on(day), member.get(), request.resolvedAt());
            entries++;
            if (!interventions.isEmpty() && random.nextInt(10) == 0) {
                CatalogueItem item = interventions.get(random.nextInt(interventions.size()));
                work.recordAt(
                        request.id(),
                        NewWork.intervention(item.getCode(), BigDecimal.ONE, null)
                                .on(day),
                        member.get(),
                        request.resolvedAt());
                entries++;
            }
            requests++;
        }
        return new DemoOutcome(String.format("%,d work entries on %,d requests", entries, requests));
    }

    /** A member of the first team the request was handed to, if the team has members. */
    private Optional<AccountPrincipal> memberWhoWorkedOn(
            long requestId, Map<Long, List<UserAccount>> members, SplittableRandom random) {
        return history.of(requestId).stream()
                .map(HistoryEntry::toTeamId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .flatMap(team -> {
                    List<UserAccount> staff = members.computeIfAbsent(team, users::membersOf);
                    return staff.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new AccountPrincipal(staff.get(random.nextInt(staff.size()))));
                });
    }
}
