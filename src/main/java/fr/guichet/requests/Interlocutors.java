package fr.guichet.requests;

import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.QueueQueries;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives a new request its owner: the colleague who files an internal request; for a customer's, the interlocutor the
 * administrator's {@link InterlocutorPolicy} chooses. The balanced choice holds the settings' row until the submission
 * commits, so that concurrent submissions on any instance count each other's owners (ADR 0020).
 */
@Component
class Interlocutors {

    private final OwnerSettingsManagement settings;
    private final UserManagement users;
    private final QueueQueries queues;

    Interlocutors(OwnerSettingsManagement settings, UserManagement users, QueueQueries queues) {
        this.settings = settings;
        this.users = users;
        this.queues = queues;
    }

    /** The owner of a new request: {@code organisation} is the customer's, when known. */
    Optional<Long> ownerFor(NewRequest details, @Nullable Organisation organisation) {
        if (details.channel() == Channel.INTERNAL || details.category().isInternal()) {
            return Optional.ofNullable(details.requesterUserId());
        }
        InterlocutorPolicy policy = settings.current().interlocutorPolicy();
        return policy.choose(new InterlocutorPolicy.Candidates(
                Optional.ofNullable(organisation)
                        .map(Organisation::getAccountManagerId)
                        .filter(this::mayBeInterlocutor),
                Optional.ofNullable(details.ownerId()),
                this::balanced));
    }

    /** An account manager is an interlocutor only if they are an active front-office staff member. */
    private boolean mayBeInterlocutor(Long userId) {
        return users.find(userId)
                .filter(u -> u.getKind() == AccountKind.STAFF && u.isEnabled() && u.hasRole(Role.FRONT_OFFICE))
                .isPresent();
    }

    private Optional<Long> balanced() {
        settings.holdForBalancedChoice();
        List<Long> present = users.presentStaffWith(Role.FRONT_OFFICE);
        return AutoAssignment.fewestOpen(present, queues.openOwnedCounts(present));
    }

    String nameOf(long userId) {
        return users.find(userId).map(UserAccount::getDisplayName).orElse("");
    }
}
