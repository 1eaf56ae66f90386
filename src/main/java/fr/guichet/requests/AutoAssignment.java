package fr.guichet.requests;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.QueueQueries;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Balanced automatic assignment, for the teams that ask for it: a request reaching the team goes to its present
 * member with the fewest open requests (the longest-standing member on a tie). Assignments to one team are made one
 * after the other, across instances, by holding the team's row until the transaction ends.
 */
@Component
class AutoAssignment {

    private final TeamManagement teams;
    private final UserManagement users;
    private final QueueQueries queues;

    AutoAssignment(TeamManagement teams, UserManagement users, QueueQueries queues) {
        this.teams = teams;
        this.users = users;
        this.queues = queues;
    }

    /** Who takes a request reaching {@code teamId}: nobody when the team does not assign or no member is present. */
    Optional<Long> assigneeFor(Long teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        Team team = teams.team(teamId);
        if (!team.isAutoAssign()) {
            return Optional.empty();
        }
        teams.holdForAssignment(teamId);
        List<Long> present = users.membersOf(teamId).stream()
                .filter(member -> member.getKind() == AccountKind.STAFF && member.isPresent())
                .map(UserAccount::getId)
                .toList();
        return fewestOpen(present, queues.openAssignedCounts(present));
    }

    /** The member with the fewest open requests; on a tie, the one with the smallest id (the longest-standing). */
    static Optional<Long> fewestOpen(List<Long> present, Map<Long, Long> openByMember) {
        return present.stream()
                .min(Comparator.<Long>comparingLong(member -> openByMember.getOrDefault(member, 0L))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
