package fr.guichet.contracts;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's contract. It is drafted with its lines, then activated; it may be suspended and resumed, and cancelled
 * for the end of a term (see {@link ContractTerms}). Lines change only while it is a draft. It registers its own events
 * ({@link ContractCancelled}), published when it is saved.
 */
@Table("contracts_contract")
public class Contract {

    private @Id Long id;
    private String reference;
    private Long organisationId;
    private String title;
    private ContractStatus status;
    private LocalDate startDate;
    private LocalDate initialEndDate;
    private boolean autoRenewal;
    private int renewalMonths;
    private int noticeDays;
    private LocalDate cancellationRequestedOn;
    private String cancellationReason;
    private LocalDate endsOn;
    private BillingFrequency billingFrequency;
    private BillingTiming billingTiming = BillingTiming.IN_ADVANCE;
    private boolean billingValidates;
    private LocalDate billingFrom;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<ContractLine> lines = new ArrayList<>();

    private @Version int version;

    @Transient
    private final transient List<Object> events = new ArrayList<>();

    /** The longest reason a customer may give for a cancellation. */
    public static final int CANCELLATION_REASON_MAX = 500;

    /**
     * Who confirms a cancellation made online, and in which language, the reason they gave (optional) and the staff
     * told of it; none when made by staff.
     */
    record Confirmation(
            @Nullable String email,
            @Nullable String name,
            Locale language,
            @Nullable String reason,
            Set<Long> tell) {

        static final Confirmation NONE = new Confirmation(null, null, Locale.FRENCH, null, Set.of());
    }

    @PersistenceCreator
    Contract(Long id, String reference, int version) {
        this.id = id;
        this.reference = reference;
        this.version = version;
    }

    static Contract draft(String reference, long organisationId, String title, ContractTerms terms, Instant now) {
        Contract contract = new Contract(null, reference, 0);
        contract.organisationId = organisationId;
        contract.status = ContractStatus.DRAFT;
        contract.createdAt = now;
        contract.change(title, terms, now);
        return contract;
    }

    void change(String title, ContractTerms terms, Instant now) {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw new ContractRuleViolation("status", "contracts.error.not-editable");
        }
        this.title = title.strip();
        this.startDate = terms.start();
        this.initialEndDate = terms.initialEnd();
        this.autoRenewal = terms.autoRenewal();
        this.renewalMonths = terms.autoRenewal() ? terms.renewalMonths() : 0;
        this.noticeDays = terms.noticeDays();
        this.updatedAt = now;
    }

    /** How Guichet invoices it; while it runs or until its cancellation takes effect (not once ended). */
    void changeBilling(ContractBilling billing, Instant now) {
        if (status == ContractStatus.ENDED) {
            throw new ContractRuleViolation("billingFrequency", "recurring.error.ended");
        }
        if (billing.from() != null && billing.from().isBefore(startDate)) {
            throw new ContractRuleViolation("billingFrom", "recurring.error.from-before-start");
        }
        this.billingFrequency = billing.frequency();
        this.billingTiming = billing.timing();
        this.billingValidates = billing.validateDirectly();
        this.billingFrom = billing.from();
        this.updatedAt = now;
    }

    void addLine(ContractLine line, Instant now) {
        requireDraft();
        lines.add(line);
        updatedAt = now;
    }

    void removeLine(int index, Instant now) {
        requireDraft();
        if (index < 0 || index >= lines.size()) {
            throw new ContractRuleViolation("line", "contracts.error.no-such-line");
        }
        lines.remove(index);
        updatedAt = now;
    }

    void activate(Instant now) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new ContractRuleViolation("status", "contracts.error.no-lines");
        }
        status = ContractStatus.ACTIVE;
        updatedAt = now;
    }

    void suspend(Instant now) {
        if (status != ContractStatus.ACTIVE) {
            throw new ContractRuleViolation("status", "contracts.error.not-active");
        }
        status = ContractStatus.SUSPENDED;
        updatedAt = now;
    }

    void resume(Instant now) {
        if (status != ContractStatus.SUSPENDED) {
            throw new ContractRuleViolation("status", "contracts.error.not-suspended");
        }
        status = ContractStatus.ACTIVE;
        updatedAt = now;
    }

    /** Cancelled on {@code askedOn}: it ends with the term for which notice is still in time. */
    LocalDate cancel(LocalDate askedOn, Instant now, Confirmation confirmation) {
        if (!status.isRunning()) {
            throw new ContractRuleViolation("status", "contracts.error.not-running");
        }
        String reason = confirmation.reason() == null || confirmation.reason().isBlank()
                ? null
                : confirmation.reason().strip();
        if (reason != null && reason.length() > CANCELLATION_REASON_MAX) {
            throw new ContractRuleViolation("reason", "intake.cancel.error.reason-too-long");
        }
        status = ContractStatus.CANCELLED;
        cancellationRequestedOn = askedOn;
        cancellationReason = reason;
        endsOn = terms().cancellationEffective(askedOn);
        updatedAt = now;
        events.add(new ContractCancelled(
                id,
                reference,
                title,
                organisationId,
                askedOn,
                endsOn,
                confirmation.email(),
                confirmation.name(),
                confirmation.language(),
                reason,
                confirmation.tell()));
        return endsOn;
    }

    @DomainEvents
    List<Object> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    /**
     * The contract is over on {@code today}: a cancelled one once its end date has passed, a running one that does not
     * renew itself once its term has passed. True when it ended now.
     */
    boolean endIfOver(LocalDate today, Instant now) {
        LocalDate last = status == ContractStatus.CANCELLED
                ? endsOn
                : status.isRunning() && !autoRenewal ? initialEndDate : null;
        if (last == null || !last.isBefore(today)) {
            return false;
        }
        status = ContractStatus.ENDED;
        endsOn = last;
        updatedAt = now;
        return true;
    }

    private void requireDraft() {
        if (status != ContractStatus.DRAFT) {
            throw new ContractRuleViolation("status", "contracts.error.not-draft");
        }
    }

    public ContractTerms terms() {
        return new ContractTerms(startDate, initialEndDate, autoRenewal, renewalMonths, noticeDays);
    }

    /** How Guichet invoices it ({@link ContractBilling#NONE} when it does not). */
    public ContractBilling billing() {
        return new ContractBilling(
                billingFrequency,
                billingTiming == null ? BillingTiming.IN_ADVANCE : billingTiming,
                billingValidates,
                billingFrom);
    }

    /**
     * The last day it is invoiced for: the effective date of its cancellation, the day it ended, or the end of its
     * only term when it does not renew itself; none while it renews itself.
     */
    public @Nullable LocalDate billingEnd() {
        if (endsOn != null) {
            return endsOn;
        }
        return autoRenewal ? null : initialEndDate;
    }

    /**
     * The periods to invoice by {@code today} after {@code billedThrough} (the last day already invoiced, none yet),
     * at most {@code max}: none for a draft, or a contract Guichet does not invoice.
     */
    public List<BillingPeriod> billingPeriodsDue(@Nullable LocalDate billedThrough, LocalDate today, int max) {
        if (status == ContractStatus.DRAFT) {
            return List.of();
        }
        return billing().periodsDue(startDate, billingEnd(), billedThrough, today, max);
    }

    /** What the recurring lines of one recurrence cost per period, excluding VAT. */
    public Money netPerPeriod(Recurrence recurrence) {
        return lines.stream()
                .filter(line -> line.recurrence() == recurrence)
                .map(ContractLine::net)
                .reduce(Money.zero(Money.EUR), Money::plus);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getInitialEndDate() {
        return initialEndDate;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public int getRenewalMonths() {
        return renewalMonths;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    /** What the customer said when cancelling online (none when they said nothing, or staff cancelled). */
    public @Nullable String getCancellationReason() {
        return cancellationReason;
    }

    public LocalDate getCancellationRequestedOn() {
        return cancellationRequestedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<ContractLine> getLines() {
        return List.copyOf(lines);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
