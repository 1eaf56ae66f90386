package fr.guichet.billing.recurring;

import fr.guichet.contracts.ContractManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the invoices of contracts' due periods (every hour by default), on one instance at a time (ShedLock); after
 * the application was stopped, its first run catches up every period missed.
 */
@Component
class RecurringInvoicingJob {

    private final RecurringInvoicing invoicing;
    private final ContractManagement contracts;

    RecurringInvoicingJob(RecurringInvoicing invoicing, ContractManagement contracts) {
        this.invoicing = invoicing;
        this.contracts = contracts;
    }

    @Scheduled(fixedDelayString = RecurringInvoicingSettings.INTERVAL, initialDelayString = "PT70S")
    @SchedulerLock(name = "billing-recurring-invoicing", lockAtLeastFor = "PT20S", lockAtMostFor = "PT30M")
    void invoiceDue() {
        invoicing.invoiceDue(contracts.today());
    }
}
