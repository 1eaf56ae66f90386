package fr.guichet.billing.reminders.web;

import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.billing.reminders.Reminder;
import fr.guichet.billing.reminders.Reminders;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reminders of the invoices a portal page lists ({@code ${@portalReminders.of(page.rows)}}): those rows are the
 * customer's own issued invoices, so their reminders are the customer's.
 */
@Component("portalReminders")
public class PortalReminderList {

    private final Reminders reminders;

    PortalReminderList(Reminders reminders) {
        this.reminders = reminders;
    }

    public Map<Long, List<Reminder>> of(List<CustomerMoney.InvoiceRow> rows) {
        return reminders.ofInvoices(
                rows.stream().map(CustomerMoney.InvoiceRow::id).toList());
    }
}
