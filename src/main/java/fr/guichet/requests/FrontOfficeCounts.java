package fr.guichet.requests;

/** The desk's tabs: the open requests at the front office, those the agent owns, those without an owner. */
public record FrontOfficeCounts(long front, long mine, long unowned) {}
