package fr.guichet.requests;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * Who may see a request. A customer: their organisation's requests. Front-office staff and administrators: every
 * request. Back-office staff and team leads: what is with their team or has been through it, and what they filed
 * themselves. Anyone else is answered as if the request did not exist.
 */
public final class RequestAccess {

    private RequestAccess() {}

    /**
     * @param passedThroughTeam whether the request has been with the given team at some point (its history says)
     */
    public static boolean maySee(AccountPrincipal user, Request request, LongPredicate passedThroughTeam) {
        if (user.getKind() == AccountKind.CUSTOMER) {
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
        return user.hasRole(Role.FRONT_OFFICE) || user.hasRole(Role.ADMIN);
    }
}
