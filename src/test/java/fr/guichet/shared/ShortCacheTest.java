package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.support.AtOnce;
import fr.guichet.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ShortCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<String> stored = new AtomicReference<>("v1");

    private final ShortCache<String> cache = new ShortCache<>(this::slowRead, Duration.ofSeconds(5), clock);

    private String slowRead() {
        reads.incrementAndGet();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stored.get();
    }

    @Test
    void theValueIsReadAgainOnlyOnceItsLifetimeIsOver() {
        assertThat(cache.get()).isEqualTo("v1");
        stored.set("v2"); // changed elsewhere, e.g. on another instance
        clock.advance(Duration.ofSeconds(4));
        assertThat(cache.get()).isEqualTo("v1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnceOutsideATransaction() {
        cache.get();
        stored.set("v2");
        cache.forgetAfterCommit();
        assertThat(cache.get()).isEqualTo("v2");
    }

    @Test
    void callsArrivingTogetherShareOneRead() throws Exception {
        assertThat(AtOnce.call(16, cache::get)).hasSize(16).containsOnly("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aReadOverlappingACommittedChangeAnswersItsCallButIsNotKept() {
        AtomicReference<ShortCache<String>> overlapped = new AtomicReference<>();
        AtomicBoolean changeDuringTheRead = new AtomicBoolean(true);
        overlapped.set(new ShortCache<>(
                () -> {
                    reads.incrementAndGet();
                    String seen = stored.get();
                    if (changeDuringTheRead.getAndSet(false)) { // the change commits while the read is under way
                        stored.set("v2");
                        overlapped.get().forgetAfterCommit();
                    }
                    return seen;
                },
                Duration.ofSeconds(5),
                clock));

        assertThat(overlapped.get().get()).as("the call that read").isEqualTo("v1");
        assertThat(overlapped.get().get()).as("the next call").isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aLifetimeOfZeroReadsAtEveryCall() {
        ShortCache<String> uncached = new ShortCache<>(this::slowRead, Duration.ZERO, clock);
        uncached.get();
        uncached.get();
        assertThat(reads).hasValue(2);
    }
}
