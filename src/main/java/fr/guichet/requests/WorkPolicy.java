package fr.guichet.requests;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import java.util.function.LongPredicate;

/**
 * Who records work on a request, and who reads it. Whoever may work on the request records it: the team that holds
 * it, the front office and administrators ({@link RequestAccess#mayWorkOn}) — and a team the request passed through,
 * whose technician records the time afterwards, once it went back to its owner. The same people read, change and
 * remove the entries (until invoiced: {@link WorkEntry#requireNotInvoiced}); a customer never reads them (they see
 * what was billed, on validated invoices).
 */
public final class WorkPolicy {

    private WorkPolicy() {}

    public static boolean mayRecord(AccountPrincipal user, Request request, LongPredicate passedThroughTeam) {
        if (user.getKind() == AccountKind.CUSTOMER) {
            return false;
        }
        if (RequestAccess.mayWorkOn(user, request)) {
            return true;
        }
        Long team = user.getTeamId();
        return team != null && passedThroughTeam.test(team);
    }

    static void requireMayRecord(AccountPrincipal user, Request request, LongPredicate passedThroughTeam) {
        if (!mayRecord(user, request, passedThroughTeam)) {
            throw new RequestActRefused("worklog.error.not-yours");
        }
    }

    /** Time spent on a pre-sales request is selling: not billed unless the one who records it says so. */
    static boolean sellingTime(Request request, WorkKind kind) {
        return kind == WorkKind.TIME && request.getCategory() == Category.PRE_SALES;
    }
}
