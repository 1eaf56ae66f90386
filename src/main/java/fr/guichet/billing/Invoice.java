package fr.guichet.billing;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invoice, a deposit invoice or a credit note. A draft has no number and its lines and terms may change; validated,
 * it is numbered in its series and never changes again: only its sending, its payments and its e-invoicing lifecycle
 * move on (a credit note corrects it). Totals are always those of its lines ({@link InvoiceTotals}).
 */
@Table("billing_invoice")
public class Invoice {

    public static final int PURCHASE_ORDER_MAX = 60;
    public static final int NOTES_MAX = 2000;
    public static final int REASON_MAX = 500;
    /** Lines on one invoice, as on a quote: beyond, a document nobody reads and a PDF that takes minutes. */
    public static final int LINES_MAX = 200;
    /** What the amounts' columns hold (14 digits, 2 of them decimals). */
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("999999999999.99");

    private @Id Long id;
    private InvoiceKind kind;
    private InvoiceStatus status;
    private @Nullable LifecycleStatus lifecycle;
    private @Nullable String lifecycleReason;
    private @Nullable String series;
    private @Nullable String number;
    private long organisationId;
    private @Nullable LocalDate issueDate;
    private @Nullable LocalDate serviceFrom;
    private @Nullable LocalDate serviceTo;
    private @Nullable LocalDate dueDate;
    private int paymentTermsDays;
    private boolean paymentTermsEom;
    private @Nullable String purchaseOrder;
    private @Nullable Long quoteId;
    private @Nullable Long contractId;
    private @Nullable Long creditedInvoiceId;
    private @Nullable String notes;
    private BigDecimal totalNet = BigDecimal.ZERO;
    private BigDecimal totalVat = BigDecimal.ZERO;
    private BigDecimal totalGross = BigDecimal.ZERO;
    private BigDecimal prepaid = BigDecimal.ZERO;
    private BigDecimal amountDue = BigDecimal.ZERO;
    private BigDecimal paid = BigDecimal.ZERO;
    /** What the validated credit notes of this invoice took off it. */
    private BigDecimal credited = BigDecimal.ZERO;

    private boolean vatOnDebits;
    private BigDecimal lateInterestRate = BigDecimal.ZERO;
    private @Nullable String earlyPaymentDiscount;
    private @Nullable String frozenParties;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private @Nullable Instant validatedAt;

    @MappedCollection(idColumn = "invoice_id", keyColumn = "position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @MappedCollection(idColumn = "invoice_id", keyColumn = "position")
    private List<InvoiceDeposit> deposits = new ArrayList<>();

    private @Version int version;

    /** Set by {@link #prepareValidation}, never stored: a validation is prepared, saved, then numbered. */
    @Transient
    private boolean prepared;

    @PersistenceCreator
    Invoice(Long id, int version) {
        this.id = id;
        this.version = version;
    }

    static Invoice draft(InvoiceDraft draft, PaymentTerms terms, BillingSettings settings, String by, Instant now) {
        Invoice invoice = new Invoice(null, 0);
        invoice.kind = draft.kind();
        invoice.status = InvoiceStatus.DRAFT;
        invoice.organisationId = draft.organisationId();
        invoice.quoteId = draft.quoteId();
        invoice.contractId = draft.contractId();
        invoice.creditedInvoiceId = draft.creditedInvoiceId();
        invoice.createdAt = now;
        invoice.createdBy = by;
        invoice.applySettings(settings);
        invoice.change(draft.serviceFrom(), draft.serviceTo(), draft.purchaseOrder(), terms, null, now);
        if (draft.lines().size() > LINES_MAX) {
            throw new BillingRuleViolation("lines", "billing.error.too-many-lines", LINES_MAX);
        }
        for (InvoiceDraft.Line line : draft.lines()) {
            invoice.lines.add(InvoiceLine.of(line));
        }
        invoice.computeTotals();
        return invoice;
    }

    /**
     * An issued invoice's payment state only — what {@link #recordPayment} reads and changes — as read under lock to
     * allocate many payments at once ({@link InvoicePaymentRows}): the same rules apply to it; it is never saved as an
     * aggregate, only the columns of its payment state are written back.
     */
    static Invoice paymentState(
            long id,
            InvoiceKind kind,
            InvoiceStatus status,
            @Nullable LifecycleStatus lifecycle,
            @Nullable String lifecycleReason,
            @Nullable String number,
            long organisationId,
            BigDecimal amountDue,
            BigDecimal paid,
            BigDecimal credited) {
        Invoice invoice = new Invoice(id, 0);
        invoice.kind = kind;
        invoice.status = status;
        invoice.lifecycle = lifecycle;
        invoice.lifecycleReason = lifecycleReason;
        invoice.number = number;
        invoice.organisationId = organisationId;
        invoice.amountDue = amountDue;
        invoice.paid = paid;
        invoice.credited = credited;
        return invoice;
    }

    /** Changes a draft's period, purchase order, terms and notes. */
    void change(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String order,
            PaymentTerms terms,
            @Nullable String notes,
            Instant now) {
        requireDraft();
        requirePlausible(from, "serviceFrom");
        requirePlausible(to, "serviceTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BillingRuleViolation("serviceTo", "billing.error.period");
        }
        String po = blankToNull(order);
        if (po != null && po.length() > PURCHASE_ORDER_MAX) {
            throw new BillingRuleViolation("purchaseOrder", "billing.error.purchase-order", PURCHASE_ORDER_MAX);
        }
        String text = blankToNull(notes);
        if (text != null && text.length() > NOTES_MAX) {
            throw new BillingRuleViolation("notes", "billing.error.notes", NOTES_MAX);
        }
        PaymentTermsPolicy.check(terms, "paymentTermsDays");
        this.serviceFrom = from;
        this.serviceTo = to;
        this.purchaseOrder = po;
        this.paymentTermsDays = terms.days();
        this.paymentTermsEom = terms.endOfMonth();
        this.notes = text;
        this.updatedAt = now;
    }

    void addLine(InvoiceLine line, Instant now) {
        requireDraft();
        if (lines.size() >= LINES_MAX) {
            throw new BillingRuleViolation("lines", "billing.error.too-many-lines", LINES_MAX);
        }
        lines.add(line);
        computeTotals();
        updatedAt = now;
    }

    void replaceLine(int index, InvoiceLine line, Instant now) {
        requireDraft();
        requireLine(index);
        lines.set(index, line);
        computeTotals();
        updatedAt = now;
    }

    void removeLine(int index, Instant now) {
        requireDraft();
        requireLine(index);
        lines.remove(index);
        computeTotals();
        updatedAt = now;
    }

    /**
     * Numbers and freezes the invoice in one step ({@link #prepareValidation} then {@link #numbered}): the demo's
     * back-dated history uses it.
     */
    void validate(
            String series,
            String number,
            LocalDate issueDate,
            BillingSettings settings,
            List<InvoiceDeposit> deducted,
            String parties,
            Instant now) {
        prepareValidation(settings, deducted, parties, now);
        numbered(series, number, issueDate, now);
    }

    /**
     * Freezes what a validation freezes except the number and the date: the settings' mentions, the parties as they
     * are today and the deposits it deducts; checks the whole. Still a draft, so that all of it can be saved before
     * the series' counter is taken and held.
     */
    void prepareValidation(BillingSettings settings, List<InvoiceDeposit> deducted, String parties, Instant now) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new BillingRuleViolation("lines", "billing.error.no-lines");
        }
        applySettings(settings);
        this.deposits = new ArrayList<>(deducted);
        this.frozenParties = parties;
        computeTotals();
        if (amountDue().isNegative()) {
            throw new BillingRuleViolation("lines", "billing.error.deposits-exceed");
        }
        this.updatedAt = now;
        this.prepared = true;
    }

    /** Numbers a prepared draft: validated, dated, due per its terms; immutable from now on. */
    void numbered(String series, String number, LocalDate issueDate, Instant now) {
        requireDraft();
        if (!prepared) {
            throw new IllegalStateException("Invoice " + id + " numbered before its validation was prepared");
        }
        this.series = series;
        this.number = number;
        this.issueDate = issueDate;
        this.dueDate = paymentTerms().dueDate(issueDate);
        this.status = InvoiceStatus.VALIDATED;
        this.validatedAt = now;
        this.updatedAt = now;
        this.prepared = false;
    }

    void markSent(Instant now) {
        if (status == InvoiceStatus.DRAFT) {
            throw new BillingRuleViolation("status", "billing.error.not-validated");
        }
        if (status == InvoiceStatus.VALIDATED) {
            status = InvoiceStatus.SENT;
        }
        updatedAt = now;
    }

    /** A payment received (positive) or cancelled (negative): partly paid, paid. */
    void recordPayment(Money amount, Instant now) {
        if (!status.isIssued()) {
            throw new BillingRuleViolation("status", "billing.error.not-validated");
        }
        if (kind == InvoiceKind.CREDIT_NOTE) {
            throw new BillingRuleViolation("amount", "billing.error.payment-credit-note");
        }
        Money after = paidAmount().plus(amount);
        Money payable = amountDue().minus(creditedAmount());
        // a payment never pays more than is left; a refund (negative) gives back only what the invoice owes back
        boolean beyond = amount.amount().signum() > 0 && after.compareTo(payable) > 0;
        boolean refundBeyond = amount.isNegative() && after.compareTo(payable) < 0;
        if (amount.amount().signum() == 0 || after.isNegative() || beyond || refundBeyond) {
            throw new BillingRuleViolation("amount", "billing.error.payment-amount");
        }
        paid = after.amount();
        settle();
        updatedAt = now;
    }

    /** An allocation undone: what it paid (or, for a refund, gave back) is taken off again. */
    void cancelPayment(Money amount, Instant now) {
        if (!status.isIssued() || kind == InvoiceKind.CREDIT_NOTE) {
            throw new BillingRuleViolation("status", "billing.error.not-validated");
        }
        Money after = paidAmount().minus(amount);
        if (after.isNegative()) {
            throw new BillingRuleViolation("amount", "billing.error.payment-amount");
        }
        paid = after.amount();
        settle();
        updatedAt = now;
    }

    /**
     * A validated credit note of this invoice takes its amount off what is still to pay: an invoice paid in part and
     * credited for the rest is paid; one credited after it was paid owes the difference back to the customer.
     */
    void credit(Money amount, Instant now) {
        if (!status.isIssued() || kind == InvoiceKind.CREDIT_NOTE) {
            throw new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-not-issued");
        }
        credited = creditedAmount().plus(amount).amount();
        settle();
        updatedAt = now;
    }

    /** Paid once what was paid covers what the credit notes left due; partly paid before; sent when nothing is. */
    private void settle() {
        boolean somethingPaid = paid.signum() > 0;
        if (somethingPaid && balance().amount().signum() <= 0) {
            status = InvoiceStatus.PAID;
            lifecycle = LifecycleStatus.COLLECTED;
            lifecycleReason = null;
        } else if (somethingPaid) {
            status = InvoiceStatus.PARTLY_PAID;
        } else if (status == InvoiceStatus.PARTLY_PAID || status == InvoiceStatus.PAID) {
            status = InvoiceStatus.SENT;
        }
        if (status != InvoiceStatus.PAID && lifecycle == LifecycleStatus.COLLECTED) {
            // a payment undone: the invoice is no longer collected (the history keeps both moves)
            lifecycle = null;
            lifecycleReason = null;
        }
    }

    void moveLifecycle(LifecycleStatus to, @Nullable String reason, Instant now) {
        if (!status.isIssued()) {
            throw new BillingRuleViolation("lifecycle", "billing.error.not-validated");
        }
        String why = blankToNull(reason);
        if (to.needsReason() && why == null) {
            throw new BillingRuleViolation("reason", "billing.error.reason-required");
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new BillingRuleViolation("reason", "billing.error.reason-too-long", REASON_MAX);
        }
        if (to == LifecycleStatus.COLLECTED && status != InvoiceStatus.PAID) {
            // "encaissée" says the money came in: it follows the payments, never ahead of them
            throw new BillingRuleViolation("lifecycle", "billing.error.collected-unpaid");
        }
        lifecycle = to;
        lifecycleReason = why;
        if (to == LifecycleStatus.DEPOSITED && status == InvoiceStatus.VALIDATED) {
            status = InvoiceStatus.SENT;
        }
        updatedAt = now;
    }

    private void applySettings(BillingSettings settings) {
        this.vatOnDebits = settings.vatOnDebits();
        this.lateInterestRate = settings.lateInterestRate();
        this.earlyPaymentDiscount = settings.earlyPaymentDiscount();
    }

    private void computeTotals() {
        InvoiceTotals totals = totals();
        totalNet = totals.net().amount();
        totalVat = totals.vat().amount();
        totalGross = totals.gross().amount();
        Money deducted = deposits.stream().map(InvoiceDeposit::grossAmount).reduce(Money.zero(Money.EUR), Money::plus);
        prepaid = deducted.amount();
        amountDue = totals.gross().minus(deducted).amount();
        if (totalGross.abs().compareTo(AMOUNT_LIMIT) > 0 || totalNet.abs().compareTo(AMOUNT_LIMIT) > 0) {
            throw new BillingRuleViolation("lines", "billing.error.total-too-large");
        }
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new BillingRuleViolation("status", "billing.error.not-draft");
        }
    }

    private void requireLine(int index) {
        if (index < 0 || index >= lines.size()) {
            throw new BillingRuleViolation("line", "billing.error.no-such-line");
        }
    }

    /** A service date an invoice can print and its e-invoice carry (CCYYMMDD): in the years 2000 to 2099. */
    private static void requirePlausible(@Nullable LocalDate date, String field) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2099)) {
            throw new BillingRuleViolation(field, "billing.error.date");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines);
    }

    public PaymentTerms paymentTerms() {
        return new PaymentTerms(paymentTermsDays, paymentTermsEom);
    }

    /**
     * Still to pay: what is due less what was paid and what its credit notes took off (never for a draft or a credit
     * note); negative when a credit note came after the payment: owed back to the customer.
     */
    public Money balance() {
        return status.isIssued() && kind != InvoiceKind.CREDIT_NOTE
                ? amountDue().minus(paidAmount()).minus(creditedAmount())
                : Money.zero(Money.EUR);
    }

    /** Issued, nothing paid on it, and credited in full: cancelled by its credit notes. */
    public boolean isCancelledByCredit() {
        return status.isIssued()
                && kind != InvoiceKind.CREDIT_NOTE
                && credited.signum() > 0
                && paid.signum() == 0
                && balance().amount().signum() <= 0;
    }

    /** Issued, not paid in full, and its due date passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && balance().amount().signum() > 0;
    }

    public Long getId() {
        return id;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public @Nullable LifecycleStatus getLifecycle() {
        return lifecycle;
    }

    public @Nullable String getLifecycleReason() {
        return lifecycleReason;
    }

    public @Nullable String getSeries() {
        return series;
    }

    public @Nullable String getNumber() {
        return number;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public @Nullable LocalDate getIssueDate() {
        return issueDate;
    }

    public @Nullable LocalDate getServiceFrom() {
        return serviceFrom;
    }

    public @Nullable LocalDate getServiceTo() {
        return serviceTo;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public @Nullable String getPurchaseOrder() {
        return purchaseOrder;
    }

    public @Nullable Long getQuoteId() {
        return quoteId;
    }

    public @Nullable Long getContractId() {
        return contractId;
    }

    public @Nullable Long getCreditedInvoiceId() {
        return creditedInvoiceId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public Money totalNet() {
        return new Money(totalNet, Money.EUR);
    }

    public Money totalVat() {
        return new Money(totalVat, Money.EUR);
    }

    public Money totalGross() {
        return new Money(totalGross, Money.EUR);
    }

    public Money prepaidAmount() {
        return new Money(prepaid, Money.EUR);
    }

    public Money amountDue() {
        return new Money(amountDue, Money.EUR);
    }

    public Money paidAmount() {
        return new Money(paid, Money.EUR);
    }

    public Money creditedAmount() {
        return new Money(credited, Money.EUR);
    }

    public boolean isVatOnDebits() {
        return vatOnDebits;
    }

    public BigDecimal getLateInterestRate() {
        return lateInterestRate;
    }

    /** The seller and buyer as they were when it was validated (JSON of {@link InvoiceParties}); none on a draft. */
    public @Nullable String getFrozenParties() {
        return frozenParties;
    }

    /**
     * The version a narrow write of the repository gave the row (a validation writes its columns in one UPDATE
     * instead of saving the aggregate again).
     */
    void versionWritten(int written) {
        this.version = written;
    }

    public @Nullable String getEarlyPaymentDiscount() {
        return earlyPaymentDiscount;
    }

    @Nullable
    String frozenParties() {
        return frozenParties;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getValidatedAt() {
        return validatedAt;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }

    public List<InvoiceDeposit> getDeposits() {
        return List.copyOf(deposits);
    }

    public int getVersion() {
        return version;
    }
}
