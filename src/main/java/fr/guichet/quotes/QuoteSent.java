package fr.guichet.quotes;

import java.util.Locale;

/** A quote's revision was sent: the customer receives it by email at {@code recipient}, the PDF attached. */
public record QuoteSent(long quoteId, String reference, int revision, String recipient, Locale language, String by) {}
