package fr.guichet.billing.work;

import fr.guichet.identity.Role;
import fr.guichet.requests.RequestPanel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The request page's billing block: the invoices that billed the request, each linked for billing (the invoice's
 * page) — and, in the portal, what the customer was billed for it, on validated invoices only (a draft is billing's
 * work in progress, not the customer's to read).
 */
@Component
class RequestBillingPanel implements RequestPanel {

    private final RequestBilling billing;

    RequestBillingPanel(RequestBilling billing) {
        this.billing = billing;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "billing/work-request-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Subject subject) {
        boolean portal = "portal".equals(subject.zone());
        List<RequestBilling.Billed> billed = billing.of(subject.requestId()).stream()
                .filter(b -> !portal || b.issued())
                .toList();
        if (billed.isEmpty()) {
            return Optional.empty();
        }
        boolean opensInvoices =
                subject.reader().hasRole(Role.BILLING) || subject.reader().hasRole(Role.ADMIN);
        return Optional.of(Map.of("billed", billed, "portal", portal, "opensInvoices", !portal && opensInvoices));
    }
}
