package fr.guichet.billing.statements;

/** What an import did: the import kept, how many of its entries were new, already known, matched at once. */
public record ImportOutcome(long importId, int entries, int created, int known, int matched) {}
