package fr.guichet.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * The span and the seed of the demo company's life: twelve months ending {@code end}, in the company's time zone.
 * Every {@link DemoActivity} draws its randomness from {@link #random(String)}, so that the same seed and the same end
 * give the same company.
 */
public record DemoLife(long seed, Instant start, Instant end, ZoneId zone) {

    /** The Paris time zone of French companies. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A year of life ending {@code end}. */
    public static DemoLife yearEnding(long seed, Instant end) {
        return new DemoLife(seed, end.atZone(PARIS).minusMonths(12).toInstant(), end, PARIS);
    }

    /** The randomness of one activity: independent of the order in which activities draw theirs. */
    public SplittableRandom random(String activity) {
        return new SplittableRandom(seed * 31 + activity.hashCode());
    }

    /** The first day of the life, in the company's time zone. */
    public LocalDate firstDay() {
        return start.atZone(zone).toLocalDate();
    }

    /** The last day of the life (today), in the company's time zone. */
    public LocalDate lastDay() {
        return end.atZone(zone).toLocalDate();
    }
}
