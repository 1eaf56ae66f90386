package fr.guichet.requests;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * Who may see a request, who may act on it, and what a customer sees of its history; the pages and the API ask here.
 *
 * <p>Seeing: a customer, their organisation's requests; front-office staff and administrators, every request;
 * back-office staff and team leads, what is with their team or has been through it, and what they filed themselves;
 * billing, every customer's request as well (read only: the work it bills and the invoice lines link to it).
 * Anyone else is answered as if the request did not exist.
 *
 * <p>Acting: the team that holds the request works on it (administrators may act for any team); the front office, the
 * customer's interlocutor, acts on any request as the owner side (takes it, hands it off, answers the customer, notes,
 * priority). A team that does not hold the request only reads it. The colleague who filed an internal request replies
 * in it and closes it from their own page ({@link #isRequester}).
 */
public final class RequestAccess {

    private RequestAccess() {}

    /**
     * @param passedThroughTeam whether the request has been with the given team at some point (its history says)
     */
    public static boolean maySee(AccountPrincipal user, Request request, LongPredicate passedThroughTeam) {
        if (isCustomer(user)) {
            return request.getOrganisationId() != null
                    ? request.getOrganisationId().equals(user.getCustomerOrganisationId())
                    : Objects.equals(request.getRequesterUserId(), user.getId());
        }
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.FRONT_OFFICE)) {
            return true;
        }
        if (Objects.equals(request.getRequesterUserId(), user.getId())) {
            return true;
        }
        if (user.hasRole(Role.BILLING) && !request.isInternal()) {
            return true;
        }
        Long team = user.getTeamId();
        return team != null && (team.equals(request.getTeamId()) || passedThroughTeam.test(team));
    }

    /**
     * Whether the user sees the internal work on the request (internal notes, the teams' exchanges, files for staff):
     * the front office and administrators, the team that holds it or had it, billing (a customer's request: the work
     * it bills); not a customer, and not the colleague
     * who filed an internal request and only asked (they follow it on their own page, as a customer would).
     */
    public static boolean seesInternalWork(AccountPrincipal user, Request request, LongPredicate passedThroughTeam) {
        if (isCustomer(user)) {
            return false;
        }
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.FRONT_OFFICE)) {
            return true;
        }
        if (user.hasRole(Role.BILLING) && !request.isInternal()) {
            return true;
        }
        Long team = user.getTeamId();
        return team != null && (team.equals(request.getTeamId()) || passedThroughTeam.test(team));
    }

    /** Whether the user may act for the team that holds the request now. */
    public static boolean worksFor(AccountPrincipal user, Request request) {
        return request.getTeamId() != null
                && (request.getTeamId().equals(user.getTeamId()) || user.hasRole(Role.ADMIN));
    }

    /** Whether the user may act as the front office on the request (owner side). */
    public static boolean actsAsFrontOffice(AccountPrincipal user) {
        return !isCustomer(user) && (user.hasRole(Role.FRONT_OFFICE) || user.hasRole(Role.ADMIN));
    }

    /** Whether the user may work on the request: its team, or the front office (notes, files, priority, status). */
    public static boolean mayWorkOn(AccountPrincipal user, Request request) {
        return worksFor(user, request) || actsAsFrontOffice(user);
    }

    /**
     * Whether the user may answer the customer (a public reply, the resolution): the front office always; the team
     * that holds the request if it is an internal request or the team may answer customers directly.
     */
    public static boolean mayAnswerCustomer(AccountPrincipal user, Request request, boolean teamAnswersCustomers) {
        if (request.isInternal()) {
            // the colleague who asked is answered by the team that holds it (the front office while it is there),
            // never by themselves
            return !isRequester(user, request)
                    && (worksFor(user, request) || (request.getTeamId() == null && actsAsFrontOffice(user)));
        }
        return actsAsFrontOffice(user) || (worksFor(user, request) && teamAnswersCustomers);
    }

    /** Whether the user may read the customers' ratings and comments: team leads (their team's) and admins (all). */
    public static boolean mayReadRatings(AccountPrincipal user) {
        return !isCustomer(user) && (user.hasRole(Role.TEAM_LEAD) || user.hasRole(Role.ADMIN));
    }

    /**
     * Whether the user may answer the question of the team that holds the request: the owner side — the front office,
     * or the request's owner themselves (a colleague who asked) — while a team holds it.
     */
    public static boolean mayAnswerTeam(AccountPrincipal user, Request request) {
        if (request.getTeamId() == null || isCustomer(user)) {
            return false;
        }
        boolean owner = Objects.equals(request.getOwnerId(), user.getId());
        // an internal request's owner is the colleague who asked: only they answer the team
        return owner || (!request.isInternal() && actsAsFrontOffice(user));
    }

    static void requireMayAnswerTeam(AccountPrincipal user, Request request) {
        if (!mayAnswerTeam(user, request)) {
            throw new RequestActRefused(
                    request.getTeamId() == null ? "requests.error.not-with-a-team" : "requests.error.owner-side-only");
        }
    }

    /** What a customer, or the colleague who filed an internal request, sees of its history. */
    public static List<HistoryEntry> asRequesterSeesIt(List<HistoryEntry> history) {
        return history.stream()
                .filter(HistoryEntry::isShownToCustomer)
                .map(HistoryEntry::asCustomerSeesIt)
                .toList();
    }

    /** Whether the user is the colleague who filed this internal request (its owner, acting from their own page). */
    public static boolean isRequester(AccountPrincipal user, Request request) {
        return request.isInternal()
                && !isCustomer(user)
                && request.getRequesterUserId() != null
                && request.getRequesterUserId().equals(user.getId());
    }

    static void requireRequester(AccountPrincipal user, Request request) {
        if (!isRequester(user, request)) {
            throw new RequestActRefused("owners.error.not-your-request");
        }
    }

    static void requireWorksFor(AccountPrincipal user, Request request) {
        if (!worksFor(user, request)) {
            throw new RequestActRefused("requests.error.not-your-team");
        }
    }

    static void requireStaff(AccountPrincipal user) {
        if (isCustomer(user)) {
            throw new RequestActRefused("requests.error.staff-only");
        }
    }

    static void requireFrontOffice(AccountPrincipal user) {
        if (!actsAsFrontOffice(user)) {
            throw new RequestActRefused("requests.error.front-office-only");
        }
    }

    static void requireMayWorkOn(AccountPrincipal user, Request request) {
        if (!mayWorkOn(user, request)) {
            throw new RequestActRefused("requests.error.not-your-team");
        }
    }

    private static boolean isCustomer(AccountPrincipal user) {
        return user.getKind() == AccountKind.CUSTOMER;
    }
}
