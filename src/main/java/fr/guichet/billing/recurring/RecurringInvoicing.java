package fr.guichet.billing.recurring;

import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.contracts.BillingPeriod;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractLine;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring invoicing: for every contract Guichet invoices, the invoice of each period due by a day (see
 * {@link fr.guichet.contracts.ContractBilling}), drafted through {@link InvoiceDrafting} with the same rules as
 * billing's pages, and validated at once when the contract says so. Each period in a transaction of its own that
 * first claims the period's row: a second run, a retry or another instance cannot invoice it twice, and a failed
 * drafting or validation leaves the period (and the number) free for the next run.
 */
@Service
public class RecurringInvoicing {

    private static final Logger log = LoggerFactory.getLogger(RecurringInvoicing.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Who drafts and validates, in the invoices' history. */
    static final String BY = "recurring-invoicing";

    private final ContractManagement contracts;
    private final CatalogueManagement catalogue;
    private final InvoicedPeriods periods;
    private final InvoiceDrafting drafting;
    private final TransactionTemplate eachAlone;
    private final MessageSource messages;
    private final Clock clock;
    private final int maxPeriods;

    RecurringInvoicing(
            ContractManagement contracts,
            CatalogueManagement catalogue,
            InvoicedPeriods periods,
            InvoiceDrafting drafting,
            PlatformTransactionManager transactions,
            MessageSource messages,
            Clock clock,
            RecurringInvoicingSettings settings) {
        this.contracts = contracts;
        this.catalogue = catalogue;
        this.periods = periods;
        this.drafting = drafting;
        this.eachAlone = new TransactionTemplate(transactions);
        this.messages = messages;
        this.clock = clock;
        this.maxPeriods = settings.maxPeriodsPerRun();
    }

    /** What a run did: invoices made, periods another run had already taken, contracts stopped by a refusal. */
    public record Outcome(int invoiced, int alreadyTaken, int refused) {}

    /** Invoices every period due by {@code today}, oldest first, contract by contract. */
    public Outcome invoiceDue(LocalDate today) {
        Map<Long, LocalDate> billedThrough = periods.billedThrough();
        int invoiced = 0;
        int taken = 0;
        int refused = 0;
        for (Contract contract : contracts.invoiced()) {
            for (BillingPeriod period :
                    contract.billingPeriodsDue(billedThrough.get(contract.getId()), today, maxPeriods)) {
                try {
                    eachAlone.executeWithoutResult(status -> invoice(contract, period));
                    invoiced++;
                } catch (DuplicateKeyException alreadyInvoiced) {
                    // another instance (or an earlier run) took it: the next run starts after its last period
                    taken++;
                    break;
                } catch (RuleViolation | OptimisticLockingFailureException | IllegalArgumentException refusal) {
                    // nothing kept (the period's row rolled back with the draft): retried at the next run; the
                    // following periods wait, so that no period is ever skipped
                    log.warn(
                            "Recurring invoicing of contract {} for {} to {} refused: {}",
                            contract.getReference(),
                            period.from(),
                            period.to(),
                            refusal.getMessage());
                    refused++;
                    break;
                }
            }
        }
        if (invoiced > 0 || refused > 0) {
            log.info("Recurring invoicing: {} invoices made, {} periods refused", invoiced, refused);
        }
        return new Outcome(invoiced, taken, refused);
    }

    private void invoice(Contract contract, BillingPeriod period) {
        periods.claim(contract.getId(), period.from(), period.to(), clock.instant(), BY);
        List<InvoiceDraft.Line> lines = lines(contract, period);
        if (lines.isEmpty()) {
            return; // nothing recurring to bill (only one-off lines, already billed): the period is passed over
        }
        InvoiceDrafting.Drafted drafted = drafting.draft(
                new InvoiceDraft(
                        contract.getOrganisationId(),
                        InvoiceKind.INVOICE,
                        period.from(),
                        period.to(),
                        null,
                        null,
                        contract.getId(),
                        null,
                        lines),
                BY);
        if (contract.billing().validateDirectly()) {
            drafted = drafting.validate(drafted.id(), drafted.version(), BY);
        }
        periods.invoiced(contract.getId(), period.from(), drafted.id());
    }

    /** The contract's recurring lines priced for the period (pro rata), and its one-off lines on its first period. */
    List<InvoiceDraft.Line> lines(Contract contract, BillingPeriod period) {
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        for (ContractLine line : contract.getLines()) {
            boolean recurring = line.recurrence().isRecurring();
            if (!recurring && !period.first()) {
                continue;
            }
            Optional<CatalogueItem> item = catalogue.byCode(line.itemCode());
            lines.add(new InvoiceDraft.Line(
                    line.itemCode(),
                    recurring ? describe(line.label(), period) : line.label(),
                    line.quantity(),
                    item.map(CatalogueItem::getUnit).orElse(Unit.PACKAGE),
                    new Money(period.unitPriceOf(line.unitPrice(), line.recurrence()), Money.EUR),
                    line.discountPercent(),
                    line.vatRate(),
                    item.map(CatalogueItem::getVatExemption).orElse(null),
                    null,
                    null));
        }
        return lines;
    }

    private String describe(String label, BillingPeriod period) {
        Object[] arguments = {
            label, DAY.format(period.from()), DAY.format(period.to()), period.servedDays(), period.periodDays()
        };
        String key = period.isProRata() ? "recurring.line.prorata" : "recurring.line.period";
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
