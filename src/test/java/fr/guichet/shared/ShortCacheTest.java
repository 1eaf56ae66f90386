package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.get();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("v1");
            }
        } finally {
            pool.shutdownNow();
        }
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
