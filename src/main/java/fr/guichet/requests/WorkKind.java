package fr.guichet.requests;

/** What a work entry records: time spent on the request, or an intervention done (a catalogue item and a quantity). */
public enum WorkKind {
    /** Minutes spent, billed at an hourly catalogue item's price. */
    TIME,
    /** A catalogue item done or supplied, with its quantity. */
    INTERVENTION
}
