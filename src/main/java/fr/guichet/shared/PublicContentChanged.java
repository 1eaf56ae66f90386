package fr.guichet.shared;

/**
 * Something a visitor of the public site sees has changed (a page, a news item, a knowledge article, the company's
 * identity, the public catalogue was published, changed or withdrawn): the public pages' cache must be refreshed.
 * Published in the transaction of the change; the cache reacts when it commits, on every instance.
 *
 * @param what what changed, for the log ("page 12", "company")
 */
public record PublicContentChanged(String what) {}
