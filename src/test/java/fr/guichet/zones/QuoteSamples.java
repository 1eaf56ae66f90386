package fr.guichet.zones;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteLine;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.VatRate;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Quotes' objects for the access matrix's world ({@link RouteWorld}), of the customer's organisation: {@code {quote}} a
 * sent quote, {@code {quotedraft}} a draft, {@code {quoteok}} an accepted one (with a recurring and a one-off line),
 * their ids; {@code {presales}} a pre-sales request without a quote (its reference). The terms of sale are stored first
 * when there are none.
 */
@Component
final class QuoteSamples {

    private static final List<QuoteSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final QuoteManagement quotes;
    private final TermsOfSaleManagement terms;
    private final RequestManagement requests;

    QuoteSamples(QuoteManagement quotes, TermsOfSaleManagement terms, RequestManagement requests) {
        this.quotes = quotes;
        this.terms = terms;
        this.requests = requests;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world, long customerUserId) {
        QuoteSamples samples = RUNNING.get(0);
        long customer = ((Number) world.get("customer")).longValue();
        if (name.equals("presales")) {
            return samples.requests.submit(
                    new NewRequest(
                            "Matrice: devis demandé",
                            "Un devis, s'il vous plaît",
                            Category.PRE_SALES,
                            Channel.PORTAL,
                            customer,
                            customerUserId,
                            "Client matrice",
                            null,
                            null),
                    new Actor(customerUserId, "Client matrice"));
        }
        if (samples.terms.current().isEmpty()) {
            samples.terms.change("CGV de la matrice.", 0, "matrice");
        }
        Quote quote = samples.quotes.draft(customer, null, "Matrice: devis", null, null, null, "matrice");
        quote = samples.quotes.addCatalogueLine(
                quote.getId(), quote.getVersion(), "HOTLINE-PRO", BigDecimal.ONE, BigDecimal.ZERO);
        quote = samples.quotes.addLine(
                quote.getId(),
                quote.getVersion(),
                new QuoteLine(
                        null,
                        "Installation",
                        BigDecimal.ONE,
                        Unit.HOUR,
                        new BigDecimal("80.00"),
                        BigDecimal.ZERO,
                        VatRate.STANDARD,
                        null,
                        Recurrence.ONE_OFF));
        if (name.equals("quotedraft")) {
            return quote.getId();
        }
        quote = samples.quotes.send(quote.getId(), quote.getVersion(), "matrice@example.fr", "matrice");
        if (name.equals("quoteok")) {
            quote = samples.quotes.accept(
                    quote.getId(), quote.getVersion(), customer, "Client matrice", "Gérant", "192.0.2.1");
        }
        return quote.getId();
    }

    static int version(String name, Object value) {
        return RUNNING.get(0).quotes.get((Long) value).getVersion();
    }
}
