package fr.guichet.billing.accounting;

/** An entry with its number (EcritureNum): continuous per journal within a fiscal year, in validation order. */
public record NumberedEntry(String number, JournalEntry entry) {}
