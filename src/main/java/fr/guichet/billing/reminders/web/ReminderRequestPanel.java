package fr.guichet.billing.reminders.web;

import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.reminders.ReminderReplies;
import fr.guichet.identity.Role;
import fr.guichet.requests.RequestPanel;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The request page's block for a request a customer made from a reminder (a question, "already paid"): the invoice it
 * is about — its page for billing, its number for everyone else (the desk, the customer).
 */
@Component
class ReminderRequestPanel implements RequestPanel {

    private final ReminderReplies replies;
    private final InvoiceManagement invoices;

    ReminderRequestPanel(ReminderReplies replies, InvoiceManagement invoices) {
        this.replies = replies;
        this.invoices = invoices;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public String fragment() {
        return "billing/reminders/request-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Subject subject) {
        return replies.ofRequest(subject.requestId())
                .map(reply -> Map.of(
                        "reply",
                        reply,
                        "number",
                        String.valueOf(invoices.get(reply.invoiceId()).getNumber()),
                        "portal",
                        "portal".equals(subject.zone()),
                        "opensInvoice",
                        !"portal".equals(subject.zone())
                                && (subject.reader().hasRole(Role.BILLING)
                                        || subject.reader().hasRole(Role.ADMIN))));
    }
}
