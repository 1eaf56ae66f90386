package fr.guichet.counter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The wait a new visitor can expect: the people ahead of them for the reason, served by the counters at work at the
 * pace of the recent visits. The pace is the median of the recent service times (a long visit does not skew it), or
 * {@link #USUAL_SERVICE} before any visit was served; counters at work are those that called someone recently, at
 * least one.
 */
public final class ExpectedWait {

    /** The service time assumed before any recent visit says otherwise. */
    public static final Duration USUAL_SERVICE = Duration.ofMinutes(5);

    private ExpectedWait() {}

    /**
     * @param ahead visitors waiting before this one (same reason)
     * @param recentServices service times (call to end) of the recent visits
     * @param desksAtWork counters that called someone recently
     * @return the expected wait, rounded up to the minute; at least a minute when someone is ahead (never "no wait"
     *     while people wait, however quick the recent visits were)
     */
    public static Duration of(int ahead, List<Duration> recentServices, int desksAtWork) {
        if (ahead <= 0) {
            return Duration.ZERO;
        }
        Duration pace = median(recentServices);
        long seconds = (long) Math.ceil((double) ahead * pace.toSeconds() / Math.max(1, desksAtWork));
        return Duration.ofMinutes(Math.max(1, (seconds + 59) / 60));
    }

    static Duration median(List<Duration> services) {
        if (services.isEmpty()) {
            return USUAL_SERVICE;
        }
        List<Duration> sorted = new ArrayList<>(services);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
