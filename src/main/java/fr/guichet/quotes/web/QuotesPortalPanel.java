package fr.guichet.quotes.web;

import fr.guichet.customers.CustomerPortalPanel;
import fr.guichet.quotes.QuoteManagement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal home's quotes: the last ones sent to the customer, those awaiting their answer first in the eye. */
@Component
class QuotesPortalPanel implements CustomerPortalPanel {

    private final QuoteManagement quotes;

    QuotesPortalPanel(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String fragment() {
        return "quotes/portal-panel :: panel";
    }

    @Override
    public Map<String, Object> model(@Nullable Long organisationId, long userId) {
        return Map.of(
                "quotes",
                organisationId == null ? List.of() : quotes.sentTo(organisationId, 5),
                "today",
                quotes.today());
    }
}
