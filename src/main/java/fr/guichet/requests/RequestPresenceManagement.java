package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.internal.PresenceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else is on a request's page: each staff page reports every few seconds (viewing, or writing in the composer)
 * and is told who else did in the last {@link #WINDOW}. Kept in the database, so that people served by different
 * instances see each other.
 */
@Service
@Transactional
public class RequestPresenceManagement {

    /** How long a report counts: a few missed polls and the person is gone. */
    public static final Duration WINDOW = Duration.ofSeconds(20);

    /** Rows older than this are deleted. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    /** Someone else on the page: {@code replying} when they are writing in the composer. */
    public record Presence(String name, boolean replying) {}

    private final PresenceStore store;
    private final RequestManagement requests;
    private final Clock clock;

    RequestPresenceManagement(PresenceStore store, RequestManagement requests, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.clock = clock;
    }

    /** Records that the staff member is on the request's page, and answers who else is. */
    public List<Presence> report(AccountPrincipal user, String reference, boolean replying) {
        Request request = requests.visibleTo(user, reference);
        RequestAccess.requireStaff(user);
        Instant now = clock.instant();
        store.forgetBefore(now.minus(FORGET_AFTER));
        store.seen(request.getId(), user.getId(), user.getDisplayName(), replying, now);
        return others(user, request);
    }

    /** Who else is on the request's page now. */
    @Transactional(readOnly = true)
    public List<Presence> others(AccountPrincipal user, Request request) {
        return store.others(request.getId(), user.getId(), clock.instant().minus(WINDOW)).stream()
                .map(row -> new Presence(row.userName(), row.replying()))
                .toList();
    }
}
