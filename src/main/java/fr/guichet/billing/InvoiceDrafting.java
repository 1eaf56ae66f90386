package fr.guichet.billing;

import org.jspecify.annotations.Nullable;

/**
 * How other modules (quotes, recurring invoicing, what is to invoice) make invoices: billing's own service implements
 * it, with the same rules as billing's pages and API. Both run in the caller's transaction.
 */
public interface InvoiceDrafting {

    /** The invoice as saved: its id, the version to send back, its number once validated. */
    record Drafted(long id, int version, @Nullable String number) {}

    /** Saves a draft invoice (no number yet); {@code by} is the user's name or the job's, for the history. */
    Drafted draft(InvoiceDraft draft, String by);

    /** Validates a draft: numbers it in its series, in this transaction (a rollback gives the number back). */
    Drafted validate(long invoiceId, int version, String by);

    /** The kind of an invoice made this way (a deposit invoice, say), to name it. */
    InvoiceKind kindOf(long invoiceId);
}
