package fr.guichet.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read again from the database at most every {@code lifetime} (zero: at every call), and as soon as a change
 * made on this instance is committed. Another instance's change is seen within the lifetime.
 *
 * <p>When the value has expired, one call reads it again and the calls arriving meanwhile wait for that read instead
 * of each querying. A read that overlaps a committed change may have seen the state before it: it answers its own
 * call but is not kept.
 */
public final class ShortCache<T> {

    private record Snapshot<T>(T value, Instant until) {}

    private final Supplier<T> loader;
    private final Duration lifetime;
    private final Clock clock;
    /** How many changes were committed on this instance. */
    private final AtomicLong changes = new AtomicLong();

    private volatile Snapshot<T> snapshot;

    public ShortCache(Supplier<T> loader, Duration lifetime, Clock clock) {
        this.loader = loader;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public T get() {
        if (lifetime.isZero()) {
            return loader.get(); // nothing kept: no reason to make the callers wait for one another
        }
        Snapshot<T> current = snapshot;
        if (isFresh(current)) {
            return current.value();
        }
        synchronized (this) {
            current = snapshot;
            if (isFresh(current)) {
                return current.value();
            }
            long before = changes.get();
            T value = loader.get();
            if (changes.get() == before) {
                snapshot = new Snapshot<>(value, clock.instant().plus(lifetime));
            }
            return value;
        }
    }

    /**
     * Forgets the value once the current transaction commits (at once outside one): forgetting it before would let a
     * call in between read and keep the state before the change.
     */
    public void forgetAfterCommit() {
        AfterCommit.run(() -> {
            changes.incrementAndGet();
            snapshot = null;
        });
    }

    private boolean isFresh(Snapshot<T> current) {
        return current != null && clock.instant().isBefore(current.until());
    }
}
