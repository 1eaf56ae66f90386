package fr.guichet.requests;

import java.time.Duration;
import java.util.SplittableRandom;

/** The draws of the demo company's life: weighted choices and delays, all from the activity's own randomness. */
final class DemoDraws {

    private DemoDraws() {}

    /** Urgent work is done faster than low-priority work. */
    static Duration scaled(Duration base, Priority priority) {
        double factor = switch (priority) {
            case URGENT -> 0.2;
            case HIGH -> 0.45;
            case NORMAL -> 1;
            case LOW -> 1.6;
        };
        return Duration.ofSeconds((long) (base.toSeconds() * factor));
    }

    static Duration minutes(SplittableRandom r, int low, int high) {
        // skewed towards the short end: most things take little time, a few take long
        double x = r.nextDouble();
        return Duration.ofSeconds((long) ((low + (high - low) * x * x) * 60));
    }

    static <T> T pick(SplittableRandom r, T[] values, int... weights) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i];
        }
        return values[weighted(w, r)];
    }

    static int weighted(double[] weights, SplittableRandom r) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
