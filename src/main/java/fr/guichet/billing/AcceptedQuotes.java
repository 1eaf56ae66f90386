package fr.guichet.billing;

/**
 * What billing asks of the quote an invoice names, answered by the quotes module (which depends on billing, not the
 * reverse): an invoice names only an accepted quote of its own customer, whose deposits it may then deduct.
 */
public interface AcceptedQuotes {

    /** Whether this quote is this customer's and was accepted. */
    boolean isAcceptedQuoteOf(long quoteId, long organisationId);
}
