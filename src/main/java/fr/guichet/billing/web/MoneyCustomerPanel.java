package fr.guichet.billing.web;

import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.customers.CustomerPanel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 360° view's money panel (desk and back office): the customer's balance due, what of it is overdue, and the last
 * invoices with their links (the overdue ones first), and the last reminder of each invoice still unpaid, so that a
 * billing question is answered at the first contact.
 */
@Component
class MoneyCustomerPanel implements CustomerPanel {

    /** How many invoices the panel lists. */
    static final int LAST = 5;

    private final CustomerMoney money;
    private final Reminders reminders;
    private final MandateManagement mandates;

    MoneyCustomerPanel(CustomerMoney money, Reminders reminders, MandateManagement mandates) {
        this.money = money;
        this.reminders = reminders;
        this.mandates = mandates;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String fragment() {
        return "billing/desk-money-panel :: panel";
    }

    @Override
    public Map<String, Object> model(long organisationId) {
        LocalDate today = money.today();
        // the overdue ones first (the question is often about them), then the latest
        List<CustomerMoney.InvoiceRow> shown = new ArrayList<>(money.unpaid(organisationId, today).stream()
                .filter(CustomerMoney.InvoiceRow::overdue)
                .limit(LAST)
                .toList());
        Set<Long> listed = shown.stream().map(CustomerMoney.InvoiceRow::id).collect(Collectors.toSet());
        money.latest(organisationId, LAST, today).stream()
                .filter(row -> !listed.contains(row.id()))
                .forEach(shown::add);
        return Map.of(
                "organisationId",
                organisationId,
                "balance",
                money.balanceOf(organisationId, today),
                "invoices",
                shown,
                "reminders",
                reminders.lastOfUnpaidInvoices(organisationId, LAST),
                // the SEPA mandate that pays its invoices, if any (a line of the panel)
                "mandate",
                mandates.activeOf(organisationId));
    }
}
