package fr.guichet.counter.web;

import fr.guichet.counter.internal.CounterChanges;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes the waiting room's news to the displays connected to this instance (server-sent events). The instance learns
 * of a change made anywhere — on itself or on another instance — by polling the database's change counter each
 * second, only while a display is connected; each display then fetches the board again. A comment every 15 s keeps
 * proxies from closing a quiet stream and finds the displays that went away.
 */
@Component
class DisplayBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(DisplayBroadcaster.class);
    static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration STREAM = Duration.ofMinutes(30);

    /**
     * The most display streams one instance holds: a waiting room has a few screens; beyond, the oldest stream is
     * closed (a real display reconnects by itself), so that a flood of connections holds neither memory nor threads.
     */
    static final int MAX_DISPLAYS = 32;

    private final CounterChanges changes;
    private final List<SseEmitter> displays = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "counter-display");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> polling;
    private long seen = -1;
    private int ticks;

    DisplayBroadcaster(CounterChanges changes) {
        this.changes = changes;
    }

    /** A new display's stream: told the current change at once, then each new one. */
    SseEmitter connect() {
        SseEmitter emitter = new SseEmitter(STREAM.toMillis());
        emitter.onCompletion(() -> displays.remove(emitter));
        emitter.onTimeout(() -> displays.remove(emitter));
        emitter.onError(error -> displays.remove(emitter));
        displays.add(emitter);
        while (displays.size() > MAX_DISPLAYS) {
            SseEmitter oldest = displays.remove(0);
            oldest.complete();
        }
        long current = changes.current();
        try {
            emitter.send(SseEmitter.event().name("change").data(Long.toString(current)));
        } catch (IOException | IllegalStateException gone) {
            displays.remove(emitter);
        }
        startPolling(current);
        return emitter;
    }

    /** Closes every display stream of this instance: the display link was regenerated, the old one opens no more. */
    void closeAll() {
        List<SseEmitter> open = List.copyOf(displays);
        displays.clear();
        open.forEach(SseEmitter::complete);
    }

    /** Starts watching the change counter, from {@code current} (the value the first display was just told). */
    private synchronized void startPolling(long current) {
        if (polling == null || polling.isDone()) {
            seen = current;
            polling = poller.scheduleWithFixedDelay(this::poll, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        try {
            if (displays.isEmpty()) {
                stopPolling();
                return;
            }
            long now = changes.current();
            if (now != seen) {
                seen = now;
                send(SseEmitter.event().name("change").data(Long.toString(now)));
            } else if (++ticks % 15 == 0) {
                send(SseEmitter.event().comment("still here"));
            }
        } catch (RuntimeException failure) {
            log.warn("The counter's display could not be updated: {}", failure.toString());
        }
    }

    private synchronized void stopPolling() {
        if (polling != null && displays.isEmpty()) {
            polling.cancel(false);
            polling = null;
            seen = -1;
        }
    }

    private void send(SseEmitter.SseEventBuilder event) {
        for (SseEmitter display : displays) {
            try {
                display.send(event);
            } catch (IOException | IllegalStateException gone) {
                displays.remove(display);
                display.completeWithError(gone);
            }
        }
    }

    @PreDestroy
    void close() {
        poller.shutdownNow();
        displays.forEach(SseEmitter::complete);
        displays.clear();
    }
}
