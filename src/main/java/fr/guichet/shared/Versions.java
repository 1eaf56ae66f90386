package fr.guichet.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The optimistic-lock check of every aggregate people edit: the version the person read must still be the current
 * one, or the change is refused as a conflict (409 on the API, "changed meanwhile" on the pages).
 */
public final class Versions {

    private Versions() {}

    /**
     * @param what the aggregate, for the log ("Contract 12")
     * @throws OptimisticLockingFailureException when {@code current} is not {@code expected}
     */
    public static void require(String what, int current, int expected) {
        if (current != expected) {
            throw new OptimisticLockingFailureException(
                    what + " changed since version " + expected + " (now " + current + ")");
        }
    }
}
