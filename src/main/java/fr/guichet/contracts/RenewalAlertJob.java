package fr.guichet.contracts;

import fr.guichet.contracts.internal.ContractRepository;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import java.time.LocalDate;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the account manager and sales administration, in the app and by email, when a contract that renews itself
 * reaches {@code guichet.contracts.renewal-alert-days} (60) days before its notice deadline. Once per contract and
 * term, even with two instances (ShedLock, and a conditional update of the contract's row).
 */
@Component
class RenewalAlertJob {

    private static final Logger log = LoggerFactory.getLogger(RenewalAlertJob.class);

    private final ContractManagement contracts;
    private final ContractRepository repository;
    private final CustomerManagement customers;
    private final ContractRecipients recipients;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final int alertDays;

    RenewalAlertJob(
            ContractManagement contracts,
            ContractRepository repository,
            CustomerManagement customers,
            ContractRecipients recipients,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            ContractSettings settings) {
        this.contracts = contracts;
        this.repository = repository;
        this.customers = customers;
        this.recipients = recipients;
        this.events = events;
        this.transaction = transaction;
        this.alertDays = settings.renewalAlertDays();
    }

    @Scheduled(fixedDelayString = ContractSettings.RENEWAL_ALERT_INTERVAL, initialDelayString = "PT40S")
    @SchedulerLock(name = "contracts-renewal-alerts", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void alert() {
        LocalDate today = contracts.today();
        int told = 0;
        for (Contract contract : contracts.upForRenewal(alertDays)) {
            LocalDate termEnd = contract.terms().termEnd(today);
            Boolean first = transaction.execute(status -> {
                if (repository.markRenewalAlerted(contract.getId(), termEnd) != 1) {
                    return false; // this term was already announced
                }
                events.publishEvent(new ContractRenewalDue(
                        contract.getId(),
                        contract.getReference(),
                        contract.getTitle(),
                        customers
                                .find(contract.getOrganisationId())
                                .map(Organisation::getName)
                                .orElse(""),
                        contract.terms().noticeDeadline(today),
                        termEnd,
                        recipients(contract)));
                return true;
            });
            told += Boolean.TRUE.equals(first) ? 1 : 0;
        }
        if (told > 0) {
            log.info("Announced {} contracts coming up for renewal", told);
        }
    }

    private Set<Long> recipients(Contract contract) {
        return recipients.of(contract);
    }
}
