package fr.guichet.quotes.web;

import fr.guichet.customers.CustomerPanel;
import fr.guichet.quotes.QuoteManagement;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer screen's (360°) quotes: the customer's last quotes with their status and amount. */
@Component
class QuotesCustomerPanel implements CustomerPanel {

    private final QuoteManagement quotes;

    QuotesCustomerPanel(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String fragment() {
        return "quotes/customer-panel :: panel";
    }

    @Override
    public Map<String, Object> model(long organisationId) {
        return Map.of(
                "quotes",
                quotes.ofOrganisation(organisationId, 5),
                "today",
                quotes.today(),
                "organisationId",
                organisationId);
    }
}
