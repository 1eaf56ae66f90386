package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.CallerRefused;
import fr.guichet.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Which queue a staff member's list shows (the API's {@code GET /api/v1/requests}, as the pages' queues): the front
 * office and administrators any queue (the front office's, or a team's); a team member their own team's. An account
 * with none of these sees no queue at all, and is told what it lacks rather than given an empty list.
 */
public final class QueueAccess {

    private QueueAccess() {}

    /**
     * @param askedTeam the team asked for (none: the front office's queue)
     * @return the team whose queue the caller gets (none: the front office's)
     * @throws NoQueue when the account is neither front office nor administrator and belongs to no team
     */
    public static @Nullable Long queueFor(AccountPrincipal caller, @Nullable Long askedTeam) {
        if (RequestAccess.actsAsFrontOffice(caller) || caller.hasRole(Role.ADMIN)) {
            return askedTeam;
        }
        if (caller.getTeamId() == null) {
            throw new NoQueue(caller);
        }
        return caller.getTeamId();
    }

    /** The account sees no queue: it names the account's roles and what a queue needs. */
    public static final class NoQueue extends CallerRefused {

        NoQueue(AccountPrincipal caller) {
            super("requests.api.error.no-queue", "no queue for " + caller.getUsername(), caller);
        }
    }
}
