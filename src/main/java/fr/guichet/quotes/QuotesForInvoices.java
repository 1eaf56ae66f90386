package fr.guichet.quotes;

import fr.guichet.billing.AcceptedQuotes;
import fr.guichet.quotes.internal.QuoteRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Billing's question on the quote an invoice names, answered from the quotes' table. */
@Component
class QuotesForInvoices implements AcceptedQuotes {

    private final QuoteRepository quotes;

    QuotesForInvoices(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAcceptedQuoteOf(long quoteId, long organisationId) {
        return quotes.findById(quoteId)
                .filter(quote -> quote.getOrganisationId() == organisationId)
                .filter(quote -> quote.getStatus() == QuoteStatus.ACCEPTED)
                .isPresent();
    }
}
