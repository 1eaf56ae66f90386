package fr.guichet.quotes.web;

import fr.guichet.identity.Role;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.RequestPanel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The quote beside a pre-sales request: its status for the request's owner and colleagues (with a link in their zone),
 * the button that makes it in one action for who may draft quotes there; in the portal, the quote once sent.
 */
@Component
class QuotesRequestPanel implements RequestPanel {

    private final QuoteManagement quotes;

    QuotesRequestPanel(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "quotes/request-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Subject subject) {
        List<Quote> made = quotes.ofRequest(subject.requestId());
        boolean portal = "portal".equals(subject.zone());
        if (portal) {
            made = subject.organisationId() == null
                    ? List.of()
                    : quotes.sentTo(subject.organisationId(), 200).stream()
                            .filter(q -> q.getRequestId() != null && q.getRequestId() == subject.requestId())
                            .toList();
            if (made.isEmpty()) {
                return Optional.empty();
            }
        }
        boolean preSales = subject.category() == Category.PRE_SALES && subject.organisationId() != null;
        if (made.isEmpty() && !preSales) {
            return Optional.empty();
        }
        String base = "desk".equals(subject.zone())
                ? "/desk/quotes"
                : subject.reader().hasRole(Role.BILLING) || subject.reader().hasRole(Role.ADMIN)
                        ? "/back/billing/quotes"
                        : null;
        Map<String, Object> model = new HashMap<>();
        model.put("quotes", made);
        model.put("today", quotes.today());
        model.put("base", portal ? "/portal/quotes" : base);
        model.put("canMake", !portal && base != null && preSales && made.isEmpty());
        model.put("reference", subject.reference());
        return Optional.of(model);
    }
}
