package fr.guichet.identity.internal;

import fr.guichet.identity.UserAccessChanged;
import fr.guichet.identity.UserAccountDisabled;
import fr.guichet.identity.UserPasswordChanged;
import fr.guichet.identity.UserPasswordReset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of a user who was disabled, whose password was reset or whose rights changed, on every instance; and every other
 * session of a user who changed their own password.
 */
@Component
class SessionRevoker {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionRevoker(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserAccountDisabled event) {
        revoke(event.username());
    }

    @TransactionalEventListener
    void on(UserPasswordReset event) {
        revoke(event.username());
    }

    /** An administrator changed what the user may reach: their sessions end, they sign in again with the new rights. */
    @TransactionalEventListener
    void on(UserAccessChanged event) {
        revoke(event.username());
    }

    /** The user changed their own password: every other session of theirs ends, the one they used stays. */
    @TransactionalEventListener
    void on(UserPasswordChanged event) {
        revoke(event.username(), event.keptSessionId());
    }

    private void revoke(String username) {
        revoke(username, null);
    }

    private void revoke(String username, String kept) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().stream()
                    .filter(id -> !id.equals(kept))
                    .forEach(repository::deleteById);
        }
    }
}
