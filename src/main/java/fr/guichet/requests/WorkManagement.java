package fr.guichet.requests;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.requests.internal.WorkClaims;
import fr.guichet.requests.internal.WorkEntryRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work recorded on requests — time spent and interventions done — for the request pages, the composer and the
 * API alike ({@link WorkPolicy} says who), and what billing reads and claims of it: the "to invoice" list and the
 * claim that puts entries on an invoice, once.
 */
@Service
@Transactional
public class WorkManagement {

    private final WorkEntryRepository entries;
    private final WorkClaims claims;
    private final RequestManagement requests;
    private final RequestHistory history;
    private final CatalogueManagement catalogue;
    private final ObjectProvider<WorkCoverage> coverage;
    private final ServiceLevels levels;
    private final Clock clock;

    WorkManagement(
            WorkEntryRepository entries,
            WorkClaims claims,
            RequestManagement requests,
            RequestHistory history,
            CatalogueManagement catalogue,
            ObjectProvider<WorkCoverage> coverage,
            ServiceLevels levels,
            Clock clock) {
        this.entries = entries;
        this.claims = claims;
        this.requests = requests;
        this.history = history;
        this.catalogue = catalogue;
        this.coverage = coverage;
        this.levels = levels;
        this.clock = clock;
    }

    /** Whether the user may record, read and change the work of this request ({@link WorkPolicy}). */
    @Transactional(readOnly = true)
    public boolean mayRecord(AccountPrincipal user, Request request) {
        return WorkPolicy.mayRecord(user, request, team -> history.passedThrough(request.getId(), team));
    }

    /**
     * Records work on the request; billable unless said otherwise, or {@link WorkCoverage} finds a covering contract,
     * or it is time spent selling ({@link WorkPolicy#sellingTime}).
     */
    public WorkEntry record(long requestId, NewWork work, AccountPrincipal by) {
        return recordAt(requestId, work, by, clock.instant());
    }

    /** Work recorded at a given instant: the demo's past, by the same rules. */
    WorkEntry recordAt(long requestId, NewWork work, AccountPrincipal by, Instant at) {
        Request request = requests.get(requestId);
        WorkPolicy.requireMayRecord(by, request, team -> history.passedThrough(requestId, team));
        CatalogueItem item = itemFor(work);
        LocalDate today = today();
        boolean billable = work.billable() != null
                ? work.billable()
                : !WorkPolicy.sellingTime(request, work.kind())
                        && coveringContract(
                                        request,
                                        work.kind(),
                                        item.getCode(),
                                        work.workedOn() == null ? today : work.workedOn())
                                .isEmpty();
        return entries.save(WorkEntry.record(request, work, item, billable, today, Actor.of(by), at));
    }

    /** New values for an entry not yet invoiced, from the version the user read. */
    public WorkEntry change(long requestId, long entryId, int version, NewWork work, AccountPrincipal by) {
        WorkEntry entry = entryOf(requestId, entryId);
        Request request = requests.get(requestId);
        WorkPolicy.requireMayRecord(by, request, team -> history.passedThrough(requestId, team));
        requireVersion(entry, version);
        CatalogueItem item = itemFor(work);
        boolean billable = work.billable() != null ? work.billable() : entry.isBillable();
        entry.change(work, item, billable, today(), WorkEntry.openedOn(request));
        return entries.save(entry);
    }

    /** Removes an entry not yet invoiced, from the version the user read. */
    public void remove(long requestId, long entryId, int version, AccountPrincipal by) {
        WorkEntry entry = entryOf(requestId, entryId);
        WorkPolicy.requireMayRecord(by, requests.get(requestId), team -> history.passedThrough(requestId, team));
        requireVersion(entry, version);
        entry.requireNotInvoiced();
        entries.delete(entry);
    }

    /** The request's work, by day. */
    @Transactional(readOnly = true)
    public List<WorkEntry> of(long requestId) {
        return entries.ofRequest(requestId);
    }

    /** An entry, whichever request it is on. */
    @Transactional(readOnly = true)
    public WorkEntry entry(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new UnknownWorkEntry(entryId));
    }

    /** An entry of this request; another request's is unknown here. */
    @Transactional(readOnly = true)
    public WorkEntry entryOf(long requestId, long entryId) {
        return entries.findById(entryId)
                .filter(e -> e.getRequestId() == requestId)
                .orElseThrow(() -> new UnknownWorkEntry(entryId));
    }

    /** The contract the coverage finds for such work on the request, to suggest "covered"; none: billable. */
    @Transactional(readOnly = true)
    public Optional<String> coveringContract(Request request, WorkKind kind, String itemCode, LocalDate on) {
        if (request.getOrganisationId() == null) {
            return Optional.empty();
        }
        WorkCoverage rule = coverage.getIfAvailable();
        return rule == null ? Optional.empty() : rule.coveringContract(request.getOrganisationId(), kind, itemCode, on);
    }

    /** The items time is billed at: the active hourly items of the catalogue, by code (the first is the default). */
    @Transactional(readOnly = true)
    public List<CatalogueItem> hourlyItems() {
        return catalogue.all().stream()
                .filter(i -> i.isActive() && i.getUnit() == Unit.HOUR)
                .sorted(Comparator.comparing(CatalogueItem::getCode))
                .toList();
    }

    /** The items an intervention may be: the active one-off items of the catalogue, by code. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> interventionItems() {
        return catalogue.all().stream()
                .filter(i -> i.isActive() && i.getRecurrence() == Recurrence.ONE_OFF)
                .sorted(Comparator.comparing(CatalogueItem::getCode))
                .toList();
    }

    // What billing reads and claims

    /** Every customer's billable work not yet invoiced, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkToInvoice> toInvoice() {
        return claims.summaries();
    }

    /** One customer's billable entries not yet invoiced, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkEntry> toInvoice(long organisationId) {
        List<Long> ids = claims.open(organisationId);
        return entries.findAllById(ids).stream()
                .sorted(Comparator.comparing(WorkEntry::getWorkedOn).thenComparing(WorkEntry::getId))
                .toList();
    }

    /**
     * Locks these entries of the customer for the caller's transaction and answers them, all still billable and not
     * invoiced; otherwise refuses (someone invoiced, removed or changed one meanwhile) and the caller rolls back.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<WorkEntry> lockToInvoice(long organisationId, Collection<Long> ids) {
        List<Long> open = claims.lock(organisationId, ids);
        if (ids.isEmpty() || open.size() != ids.stream().distinct().count()) {
            throw new WorkRuleViolation("entries", "worklog.error.already-invoiced");
        }
        return entries.findAllById(open).stream()
                .sorted(Comparator.comparing(WorkEntry::getWorkedOn).thenComparing(WorkEntry::getId))
                .toList();
    }

    /** Puts the entries locked by {@link #lockToInvoice} on the invoice, in the caller's transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void claim(Collection<Long> ids, long invoiceId) {
        int claimed = claims.claim(ids, invoiceId, clock.instant());
        if (claimed != ids.stream().distinct().count()) {
            throw new WorkRuleViolation("entries", "worklog.error.already-invoiced");
        }
    }

    /** A draft that billed work was deleted: its entries are to invoice again. */
    public int release(long invoiceId) {
        return claims.release(invoiceId);
    }

    /** The draft invoice now bills only these entries (a line was taken off it): the others are to invoice again. */
    public int keepOnly(long invoiceId, Collection<Long> entryIds) {
        return claims.keepOnly(invoiceId, entryIds);
    }

    /** The entries an invoice billed. */
    @Transactional(readOnly = true)
    public List<WorkEntry> ofInvoice(long invoiceId) {
        return entries.ofInvoice(invoiceId);
    }

    /** The invoices that billed work of this request, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> invoicesOf(long requestId) {
        return claims.invoicesOf(requestId);
    }

    /** The references of these requests, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> requestIds) {
        return claims.references(requestIds);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), levels.calendar().zone());
    }

    public Instant now() {
        return clock.instant();
    }

    private CatalogueItem itemFor(NewWork work) {
        if (work.kind() == null) {
            throw new WorkRuleViolation("kind", "worklog.error.kind");
        }
        String code = work.itemCode() == null || work.itemCode().isBlank()
                ? null
                : work.itemCode().strip();
        if (code == null && work.kind() == WorkKind.TIME) {
            return hourlyItems().stream()
                    .findFirst()
                    .orElseThrow(() -> new WorkRuleViolation("itemCode", "worklog.error.no-hourly-item"));
        }
        if (code == null) {
            throw new WorkRuleViolation("itemCode", "worklog.error.item-required");
        }
        return catalogue
                .byCode(code)
                .filter(CatalogueItem::isActive)
                .orElseThrow(() -> new WorkRuleViolation("itemCode", "worklog.error.item-unknown"));
    }

    private static void requireVersion(WorkEntry entry, int version) {
        if (!Objects.equals(entry.getVersion(), version)) {
            throw new OptimisticLockingFailureException("Work entry " + entry.getId() + " changed meanwhile");
        }
    }
}
