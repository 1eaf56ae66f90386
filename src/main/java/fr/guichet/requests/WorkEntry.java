package fr.guichet.requests;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Work recorded on a request: time spent or an intervention done, covered by the customer's contract or billable. The
 * catalogue item's label, unit, price and VAT rate are copied when it is recorded. It may be changed or removed until
 * billing puts it on an invoice ({@link #isInvoiced()}); then it is the invoice's, until a deleted draft releases it.
 */
@Table("requests_work_entry")
public class WorkEntry {

    private static final ZoneId OFFICE = ZoneId.of("Europe/Paris");

    public static final int NOTE_MAX = 500;

    private @Id Long id;
    private long requestId;
    private @Nullable Long organisationId;
    private WorkKind kind;
    private @Nullable Integer minutes;
    private String itemCode;
    private String label;
    private Unit unit;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private VatRate vatRate;
    private @Nullable String vatExemption;
    private boolean billable;
    private @Nullable String note;
    private LocalDate workedOn;
    private @Nullable Long recordedById;
    private String recordedByName;
    private Instant recordedAt;
    private @Nullable Long invoiceId;
    private @Nullable Instant invoicedAt;
    private @Version int version;

    @PersistenceCreator
    WorkEntry(Long id, long requestId, @Nullable Long organisationId, WorkKind kind, int version) {
        this.id = id;
        this.requestId = requestId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.version = version;
    }

    /** New work on the request, as the rules allow it ({@link #apply}). */
    static WorkEntry record(
            Request request,
            NewWork work,
            CatalogueItem item,
            boolean billable,
            LocalDate today,
            Actor by,
            Instant now) {
        WorkEntry entry = new WorkEntry(null, request.getId(), request.getOrganisationId(), work.kind(), 0);
        entry.recordedById = by.userId();
        entry.recordedByName = by.name();
        entry.recordedAt = now;
        entry.apply(work, item, billable, today, openedOn(request));
        return entry;
    }

    /** The day the request was opened, at the office: no work on it can be older. */
    static LocalDate openedOn(Request request) {
        return LocalDate.ofInstant(request.getCreatedAt(), OFFICE);
    }

    /** New values; refused once invoiced. The kind stays: time stays time. */
    void change(NewWork work, CatalogueItem item, boolean billable, LocalDate today, LocalDate opened) {
        requireNotInvoiced();
        if (work.kind() != kind) {
            throw new WorkRuleViolation("kind", "worklog.error.kind-changed");
        }
        apply(work, item, billable, today, opened);
    }

    void requireNotInvoiced() {
        if (invoiceId != null) {
            throw new WorkRuleViolation("invoice", "worklog.error.invoiced");
        }
    }

    private void apply(NewWork work, CatalogueItem item, boolean billable, LocalDate today, LocalDate opened) {
        if (work.kind() == WorkKind.TIME) {
            if (work.minutes() == null || work.minutes() <= 0 || work.minutes() > WorkDuration.MAX_MINUTES) {
                throw new WorkRuleViolation("minutes", "worklog.error.minutes");
            }
            if (item.getUnit() != Unit.HOUR) {
                throw new WorkRuleViolation("itemCode", "worklog.error.rate-not-hourly");
            }
            this.minutes = work.minutes();
            this.quantity = WorkDuration.hours(work.minutes());
        } else {
            BigDecimal q = work.quantity();
            if (q == null || q.signum() <= 0 || !Decimals.fits(q.stripTrailingZeros(), 10, 2)) {
                throw new WorkRuleViolation("quantity", "worklog.error.quantity");
            }
            this.minutes = null;
            this.quantity = q.setScale(2);
        }
        String text = work.note() == null || work.note().isBlank()
                ? null
                : work.note().strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new WorkRuleViolation("note", "worklog.error.note-too-long");
        }
        LocalDate day = work.workedOn() == null ? today : work.workedOn();
        if (day.isAfter(today)) {
            throw new WorkRuleViolation("workedOn", "worklog.error.future");
        }
        if (day.isBefore(opened)) {
            throw new WorkRuleViolation("workedOn", "worklog.error.before-request");
        }
        this.itemCode = item.getCode();
        this.label = item.getNameFr();
        this.unit = item.getUnit();
        this.unitPrice = item.getUnitPrice().amount();
        this.vatRate = item.getVatRate();
        this.vatExemption = item.getVatExemption();
        this.billable = billable;
        this.note = text;
        this.workedOn = day;
    }

    /** Quantity × unit price, rounded half up to the cent: what the entry adds to the invoice excluding VAT. */
    public Money net() {
        return getUnitPrice().times(quantity);
    }

    public boolean isInvoiced() {
        return invoiceId != null;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public WorkKind getKind() {
        return kind;
    }

    public @Nullable Integer getMinutes() {
        return minutes;
    }

    /** The time spent as read: "1 h 30"; none for an intervention. */
    public @Nullable String getDuration() {
        return minutes == null ? null : WorkDuration.format(minutes);
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getLabel() {
        return label;
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return new Money(unitPrice, Money.EUR);
    }

    public VatRate getVatRate() {
        return vatRate;
    }

    public @Nullable String getVatExemption() {
        return vatExemption;
    }

    public boolean isBillable() {
        return billable;
    }

    public @Nullable String getNote() {
        return note;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public @Nullable Long getRecordedById() {
        return recordedById;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public @Nullable Long getInvoiceId() {
        return invoiceId;
    }

    public @Nullable Instant getInvoicedAt() {
        return invoicedAt;
    }

    public int getVersion() {
        return version;
    }
}
