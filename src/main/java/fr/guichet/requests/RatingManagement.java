package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.RatingQueries;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers said of the resolutions, for those who answer for a team: a team lead reads their team's ratings and
 * comments, an administrator all of them; nobody else (the rule is {@link RequestAccess#mayReadRatings}).
 */
@Service
@Transactional(readOnly = true)
public class RatingManagement {

    static final int LIMIT = 200;

    private final RatingQueries ratings;
    private final UserManagement users;

    RatingManagement(RatingQueries ratings, UserManagement users) {
        this.ratings = ratings;
        this.users = users;
    }

    /** The ratings this user may read, newest first; refused to anyone but team leads and administrators. */
    public List<Rating> ratingsFor(AccountPrincipal user) {
        if (!RequestAccess.mayReadRatings(user)) {
            throw new RequestActRefused("intake.ratings.error.leads-only");
        }
        if (user.hasRole(Role.ADMIN)) {
            return ratings.all(LIMIT);
        }
        if (user.getTeamId() == null) {
            return List.of();
        }
        List<Long> members = users.membersOf(user.getTeamId()).stream()
                .map(UserAccount::getId)
                .toList();
        return ratings.ofTeam(user.getTeamId(), members, LIMIT);
    }
}
