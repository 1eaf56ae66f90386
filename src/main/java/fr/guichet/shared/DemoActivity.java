package fr.guichet.shared;

/**
 * A module's part of the demo company's life: the one extension point through which every module (requests,
 * contracts, the counter, and later billing, HR…) adds its own demo data to the demo company seeded by the demo
 * module. The demo module seeds the company (sites, teams, staff, customers, catalogue), then plays every activity in
 * {@link #order()}, in the same transaction, on an empty database only.
 *
 * <p>An activity goes through its module's own rules (its aggregates' transitions, with the instants of {@link
 * DemoLife}), never around them; it publishes nothing that would reach a person (no mail, no alert for the past);
 * it is deterministic: the same {@link DemoLife} gives the same data.
 */
public interface DemoActivity {

    /** Where the activity plays among the others: lower first (contracts 100, requests 200, counter 300…). */
    int order();

    /** What it plays, for the log and for {@link DemoLife#random(String)}. */
    String name();

    /** Plays the module's part of the company's life between {@link DemoLife#start()} and {@link DemoLife#end()}. */
    DemoOutcome play(DemoLife life);

    /** What an activity made, for the log: "1,234 requests, 9,876 history lines". */
    record DemoOutcome(String summary) {}
}
