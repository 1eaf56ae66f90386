package fr.guichet.counter;

/** A counter visitors are called to ("Guichet 2"); an inactive one is no longer offered to staff. */
public record CounterDesk(long id, String name, boolean active, int position, int version) {}
