package fr.guichet.requests;

/** What a colleague filed themselves: how many are still open, how many in all. */
public record RequesterCounts(long open, long total) {}
