package fr.guichet.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed, or at once outside a transaction; nothing if it rolls
 * back. For what must not happen before the change it follows is visible to others (sending the mail of an outbox
 * row, forgetting what a cache read before a change). Unlike a {@code @TransactionalEventListener}, it needs no event
 * that the event publication registry could store.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
