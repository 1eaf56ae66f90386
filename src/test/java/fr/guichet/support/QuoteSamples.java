package fr.guichet.support;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteLine;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;

/** A quote of a customer, sent and accepted online: the only kind of quote an invoice may name. */
public final class QuoteSamples {

    private QuoteSamples() {}

    public static long acceptedQuoteOf(
            QuoteManagement quotes, TermsOfSaleManagement terms, long organisationId, String recipient) {
        if (terms.current().isEmpty()) {
            terms.change("Conditions générales de vente de test.", 0L, "test");
        }
        Quote quote = quotes.draft(organisationId, null, "Prestation", null, null, null, "test");
        quote = quotes.addLine(
                quote.getId(),
                quote.getVersion(),
                new QuoteLine(
                        null,
                        "Intervention",
                        BigDecimal.ONE,
                        Unit.PACKAGE,
                        new BigDecimal("400.00"),
                        BigDecimal.ZERO,
                        VatRate.STANDARD,
                        null,
                        Recurrence.ONE_OFF));
        quote = quotes.send(quote.getId(), quote.getVersion(), recipient, "test");
        return quotes.accept(quote.getId(), quote.getVersion(), organisationId, "Marie Martin", "Gérante", "192.0.2.1")
                .getId();
    }
}
