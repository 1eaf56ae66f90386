package fr.guichet.quotes;

import org.jspecify.annotations.Nullable;

/** A customer accepted a quote online: sales administration may now turn it into a contract and an invoice. */
public record QuoteAccepted(
        @Nullable Long quoteId,
        String reference,
        long organisationId,
        @Nullable Long requestId,
        int revision) {}
