package fr.guichet.contracts;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.contracts.internal.ContractCounts;
import fr.guichet.contracts.internal.ContractRepository;
import fr.guichet.contracts.internal.ContractVersions;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Sales administration's contracts: draft, lines from the catalogue, activation, suspension, cancellation. */
@Service
@Transactional
public class ContractManagement {

    private final ContractRepository contracts;
    private final ContractCounts counts;
    private final CatalogueManagement catalogue;
    private final ContractVersions versions;
    private final CustomerManagement customers;
    private final Clock clock;
    private final TransactionTemplate eachAlone;
    private final ContractRecipients recipients;

    ContractManagement(
            ContractRepository contracts,
            CatalogueManagement catalogue,
            ContractVersions versions,
            CustomerManagement customers,
            Clock clock,
            PlatformTransactionManager transactions,
            ContractCounts counts,
            ContractRecipients recipients) {
        this.recipients = recipients;
        this.contracts = contracts;
        this.counts = counts;
        this.catalogue = catalogue;
        this.versions = versions;
        this.customers = customers;
        this.clock = clock;
        this.eachAlone = new TransactionTemplate(transactions);
    }

    public Contract draft(long organisationId, String title, ContractTerms terms) {
        if (customers.organisation(organisationId).isEmpty()) {
            throw new ContractRuleViolation("organisationId", "contracts.error.customer");
        }
        String reference =
                String.format(Locale.ROOT, "CTR-%d-%05d", Year.now(clock).getValue(), contracts.nextReferenceNumber());
        Contract drafted = contracts.save(Contract.draft(reference, organisationId, title, terms, clock.instant()));
        versions.record(
                drafted.getId(), drafted.getVersion(), "drafted", ContractSnapshot.of(drafted), clock.instant());
        return drafted;
    }

    public Contract change(long id, int version, String title, ContractTerms terms) {
        return act(id, version, "changed", contract -> contract.change(title, terms, clock.instant()));
    }

    /** Sets how Guichet invoices the contract (recurring invoicing): frequency, timing, validation, first day. */
    public Contract changeBilling(long id, int version, ContractBilling billing) {
        return act(id, version, "billing-changed", contract -> contract.changeBilling(billing, clock.instant()));
    }

    /**
     * The contracts recurring invoicing looks at: invoiced by Guichet and no longer drafts (cancelled and ended ones
     * too, whose last periods may remain to invoice), oldest first.
     */
    @Transactional(readOnly = true)
    public List<Contract> invoiced() {
        return contracts.invoiced();
    }

    /** Adds a catalogue item; its label (French), price and VAT rate are copied as they are today. */
    public Contract addLine(long id, int version, String itemCode, BigDecimal quantity, BigDecimal discountPercent) {
        CatalogueItem item = catalogue
                .byCode(itemCode)
                .filter(CatalogueItem::isActive)
                .orElseThrow(() -> new ContractRuleViolation("itemCode", "contracts.error.item"));
        ContractLine line = new ContractLine(
                item.getCode(),
                item.getNameFr(),
                quantity,
                item.getUnitPrice().amount(),
                discountPercent == null ? BigDecimal.ZERO : discountPercent,
                item.getVatRate(),
                item.getRecurrence());
        return act(id, version, "line-added", contract -> contract.addLine(line, clock.instant()));
    }

    public Contract removeLine(long id, int version, int index) {
        return act(id, version, "line-removed", contract -> contract.removeLine(index, clock.instant()));
    }

    public Contract activate(long id, int version) {
        return act(id, version, "activated", contract -> contract.activate(clock.instant()));
    }

    public Contract suspend(long id, int version) {
        return act(id, version, "suspended", contract -> contract.suspend(clock.instant()));
    }

    public Contract resume(long id, int version) {
        return act(id, version, "resumed", contract -> contract.resume(clock.instant()));
    }

    /** Cancels the contract today, for the end of the term notice is still in time for. */
    public Contract cancel(long id, int version) {
        return act(
                id,
                version,
                "cancelled",
                contract -> contract.cancel(today(), clock.instant(), Contract.Confirmation.NONE));
    }

    /**
     * The customer cancels online, from their portal: only a contract of their own organisation; the confirmation
     * with the date it takes effect goes to {@code email}.
     */
    public Contract cancelByCustomer(
            long id, int version, long organisationId, String email, String name, Locale language) {
        return cancelByCustomer(id, version, organisationId, email, name, language, null);
    }

    /**
     * The same, with the reason the customer gives (optional, at most {@link Contract#CANCELLATION_REASON_MAX}
     * characters): kept on the contract for the back office, and in the alert its account manager and sales
     * administration receive.
     */
    public Contract cancelByCustomer(
            long id,
            int version,
            long organisationId,
            String email,
            String name,
            Locale language,
            @Nullable String reason) {
        Contract own = get(id);
        if (own.getOrganisationId() != organisationId) {
            throw new UnknownContract(String.valueOf(id));
        }
        Set<Long> tell = recipients.of(own);
        return act(
                id,
                version,
                "cancelled",
                contract -> contract.cancel(
                        today(), clock.instant(), new Contract.Confirmation(email, name, language, reason, tell)));
    }

    @Transactional(readOnly = true)
    public Contract get(long id) {
        return contracts.findById(id).orElseThrow(() -> new UnknownContract(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<Contract> ofOrganisation(long organisationId, int limit) {
        return contracts.ofOrganisation(organisationId, limit);
    }

    @Transactional(readOnly = true)
    public List<Contract> latest(int limit) {
        return contracts.latest(limit);
    }

    /** The latest contracts in this status (all of them when it is null), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Contract> latest(ContractStatus status, int limit) {
        return status == null ? contracts.latest(limit) : contracts.latestWithStatus(status.name(), limit);
    }

    /** How many contracts are in each status (every status present, zero included). */
    @Transactional(readOnly = true)
    public Map<ContractStatus, Long> countsByStatus() {
        return counts.byStatus();
    }

    /** Running contracts that renew themselves unless notice is given within {@code days}: soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Contract> upForRenewal(int days) {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(days);
        return contracts.renewing().stream()
                .filter(c -> {
                    LocalDate deadline = c.terms().noticeDeadline(today);
                    return !deadline.isBefore(today) && !deadline.isAfter(horizon);
                })
                .sorted(Comparator.comparing((Contract c) -> c.terms().noticeDeadline(today)))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    /** Marks ended the contracts whose last day has passed; returns how many. Run by {@link ContractEndJob}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int endThoseOver() {
        LocalDate today = today();
        int ended = 0;
        for (Contract contract : contracts.possiblyOver(today)) {
            try {
                // Each contract in its own transaction: one changed meanwhile does not roll the others back.
                if (Boolean.TRUE.equals(eachAlone.execute(status -> endIfOver(contract.getId(), today)))) {
                    ended++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // changed by someone at the same moment (a person, or this job on another instance): looked at again
                // by the next run
            }
        }
        return ended;
    }

    private boolean endIfOver(long id, LocalDate today) {
        Contract current = get(id);
        if (!current.endIfOver(today, clock.instant())) {
            return false;
        }
        Contract saved = contracts.save(current);
        versions.record(saved.getId(), saved.getVersion(), "ended", ContractSnapshot.of(saved), clock.instant());
        return true;
    }

    /** The saved versions of a contract, newest first: each readable as it then stood. */
    @Transactional(readOnly = true)
    public List<ContractSnapshot.Version> versions(long id) {
        return versions.of(id);
    }

    private Contract act(long id, int version, String change, Consumer<Contract> action) {
        Contract contract = get(id);
        Versions.require("Contract " + id, contract.getVersion(), version);
        action.accept(contract);
        Contract saved = contracts.save(contract);
        versions.record(saved.getId(), saved.getVersion(), change, ContractSnapshot.of(saved), clock.instant());
        return saved;
    }
}
