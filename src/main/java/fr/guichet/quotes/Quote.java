package fr.guichet.quotes;

import fr.guichet.shared.Language;
import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * A quote to a customer. Drafted with its lines, then sent; a sent quote that is changed becomes a new revision (a
 * draft again, revision + 1), the revision sent before kept as it was sent. The customer accepts a sent quote until its
 * validity date ({@link QuoteExpiry}), with the proof of it ({@link AcceptanceProof}), or declines it with a reason. An
 * accepted quote is turned once into a contract and once into an invoice (or deposit invoice).
 */
@Table("quotes_quote")
public class Quote {

    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int LINES_MAX = 200;
    /** What the amounts' columns hold (14 digits, 2 of them decimals). */
    private static final java.math.BigDecimal AMOUNT_LIMIT = new java.math.BigDecimal("999999999999.99");

    private @Id Long id;
    private String reference;
    private Long organisationId;
    private @Nullable Long requestId;
    private String title;
    private QuoteStatus status;
    private int revision;
    private LocalDate validUntil;
    private @Nullable String notes;
    private Language language;
    private java.math.BigDecimal totalNet;
    private java.math.BigDecimal totalGross;
    private @Nullable Instant sentAt;
    private @Nullable String termsSha256;
    private @Nullable String signerName;
    private @Nullable String signerRole;
    private @Nullable Instant acceptedAt;
    private @Nullable String acceptedIp;
    private @Nullable String acceptedPdfSha256;
    private @Nullable String acceptedRecordedBy;
    private @Nullable Instant declinedAt;
    private @Nullable String declineReason;
    private @Nullable Long contractId;
    private @Nullable Long invoiceId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "quote_id", keyColumn = "position")
    private List<QuoteLine> lines = new ArrayList<>();

    private @Version int version;

    @Transient
    private final transient List<Object> events = new ArrayList<>();

    @PersistenceCreator
    Quote(Long id, String reference, int version) {
        this.id = id;
        this.reference = reference;
        this.version = version;
    }

    /**
     * The quote as its customer last received it while staff revise it (this is the draft of a later revision): that
     * revision's title, validity, notes, lines and totals, sent. A copy for reading, never saved.
     */
    Quote asSent(QuoteSnapshot sent) {
        Quote copy = new Quote(id, reference, version);
        copy.organisationId = organisationId;
        copy.requestId = requestId;
        copy.title = sent.title();
        copy.status = QuoteStatus.SENT;
        copy.revision = sent.revision();
        copy.validUntil = sent.validUntil();
        copy.notes = sent.notes();
        copy.language = language;
        copy.lines = new ArrayList<>(sent.lines());
        copy.totalNet = sent.totalNet();
        copy.totalGross = sent.totalGross();
        copy.sentAt = sentAt;
        copy.termsSha256 = sent.termsSha256();
        copy.createdBy = createdBy;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    static Quote draft(
            String reference,
            long organisationId,
            @Nullable Long requestId,
            String title,
            LocalDate validUntil,
            @Nullable String notes,
            Language language,
            String by,
            LocalDate today,
            Instant now) {
        Quote quote = new Quote(null, reference, 0);
        quote.organisationId = organisationId;
        quote.requestId = requestId;
        quote.status = QuoteStatus.DRAFT;
        quote.revision = 1;
        quote.createdBy = by;
        quote.createdAt = now;
        quote.describe(title, validUntil, notes, language, today, now);
        return quote;
    }

    /** Changes title, validity, notes and language; a sent quote becomes a new revision. */
    void change(
            String title,
            LocalDate validUntil,
            @Nullable String notes,
            Language language,
            LocalDate today,
            Instant now) {
        reopenForChange(now);
        describe(title, validUntil, notes, language, today, now);
    }

    private void describe(
            String title,
            LocalDate validUntil,
            @Nullable String notes,
            Language language,
            LocalDate today,
            Instant now) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_MAX) {
            throw new QuoteRuleViolation("title", "quotes.error.title");
        }
        if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusYears(1))) {
            throw new QuoteRuleViolation("validUntil", "quotes.error.valid-until");
        }
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (cleanNotes != null && cleanNotes.length() > NOTES_MAX) {
            throw new QuoteRuleViolation("notes", "quotes.error.notes");
        }
        this.title = cleanTitle;
        this.validUntil = validUntil;
        this.notes = cleanNotes;
        this.language = language == null ? Language.FR : language;
        this.updatedAt = now;
        computeTotals();
    }

    void addLine(QuoteLine line, Instant now) {
        reopenForChange(now);
        if (lines.size() >= LINES_MAX) {
            throw new QuoteRuleViolation("description", "quotes.error.too-many-lines");
        }
        lines.add(line);
        updatedAt = now;
        computeTotals();
    }

    void removeLine(int index, Instant now) {
        reopenForChange(now);
        if (index < 0 || index >= lines.size()) {
            throw new QuoteRuleViolation("line", "quotes.error.no-such-line");
        }
        lines.remove(index);
        updatedAt = now;
        computeTotals();
    }

    /**
     * Only a draft or a sent (or expired) quote changes; a sent one becomes the next revision, a draft again: the
     * revision sent stays as it was (its PDF is kept).
     */
    private void reopenForChange(Instant now) {
        if (status == QuoteStatus.ACCEPTED || status == QuoteStatus.DECLINED) {
            throw new QuoteRuleViolation("status", "quotes.error.not-editable");
        }
        if (status == QuoteStatus.SENT || status == QuoteStatus.EXPIRED) {
            status = QuoteStatus.DRAFT;
            revision++;
            sentAt = null;
            termsSha256 = null;
            updatedAt = now;
        }
    }

    /** Sends the draft: it needs lines and a validity date not passed; {@code termsSha256} the terms attached. */
    void send(String termsSha256, LocalDate today, Instant now) {
        if (status != QuoteStatus.DRAFT) {
            throw new QuoteRuleViolation("status", "quotes.error.not-draft");
        }
        if (lines.isEmpty()) {
            throw new QuoteRuleViolation("status", "quotes.error.no-lines");
        }
        if (validUntil.isBefore(today)) {
            throw new QuoteRuleViolation("validUntil", "quotes.error.valid-until");
        }
        status = QuoteStatus.SENT;
        sentAt = now;
        this.termsSha256 = termsSha256;
        updatedAt = now;
    }

    /** The customer's "bon pour accord": only a sent quote, and only until its validity date. */
    void accept(AcceptanceProof proof, LocalDate today) {
        if (QuoteExpiry.isExpired(status, validUntil, today)) {
            throw new QuoteRuleViolation("status", "quotes.error.expired");
        }
        if (status != QuoteStatus.SENT) {
            throw new QuoteRuleViolation("status", "quotes.error.not-sent");
        }
        if (!proof.termsSha256().equals(termsSha256)) {
            throw new QuoteRuleViolation("status", "quotes.error.terms-changed");
        }
        status = QuoteStatus.ACCEPTED;
        signerName = proof.signerName();
        signerRole = proof.signerRole();
        acceptedAt = proof.at();
        acceptedIp = proof.ipAddress();
        acceptedPdfSha256 = proof.pdfSha256();
        acceptedRecordedBy = proof.recordedBy();
        updatedAt = proof.at();
        events.add(new QuoteAccepted(id, reference, organisationId, requestId, revision));
    }

    /** The customer declines a sent quote (expired or not), saying why. */
    void decline(String reason, Instant now) {
        if (status != QuoteStatus.SENT && status != QuoteStatus.EXPIRED) {
            throw new QuoteRuleViolation("status", "quotes.error.not-sent");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > REASON_MAX) {
            throw new QuoteRuleViolation("reason", "quotes.error.reason");
        }
        status = QuoteStatus.DECLINED;
        declinedAt = now;
        declineReason = clean;
        updatedAt = now;
    }

    /** Marks a sent quote past its date expired; true when it did. Run by the expiry job. */
    boolean expireIfOver(LocalDate today, Instant now) {
        if (status == QuoteStatus.SENT && today.isAfter(validUntil)) {
            status = QuoteStatus.EXPIRED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    void madeContract(long contractId, Instant now) {
        requireAccepted();
        if (this.contractId != null) {
            throw new QuoteRuleViolation("status", "quotes.error.contract-made");
        }
        this.contractId = contractId;
        updatedAt = now;
    }

    void madeInvoice(long invoiceId, Instant now) {
        requireAccepted();
        if (this.invoiceId != null) {
            throw new QuoteRuleViolation("status", "quotes.error.invoice-made");
        }
        this.invoiceId = invoiceId;
        updatedAt = now;
    }

    /**
     * The final invoice, made after a deposit invoice ({@code depositMade}): it bills the one-off lines and deducts the
     * deposit when it is validated; the quote now names it.
     */
    void madeFinalInvoice(long invoiceId, boolean depositMade, Instant now) {
        requireAccepted();
        if (this.invoiceId == null || !depositMade) {
            throw new QuoteRuleViolation("status", "quotes.error.invoice-made");
        }
        this.invoiceId = invoiceId;
        updatedAt = now;
    }

    private void requireAccepted() {
        if (status != QuoteStatus.ACCEPTED) {
            throw new QuoteRuleViolation("status", "quotes.error.not-accepted");
        }
    }

    private void computeTotals() {
        QuoteTotals totals = totals();
        totalNet = totals.net().amount();
        totalGross = totals.gross().amount();
        if (totalGross.abs().compareTo(AMOUNT_LIMIT) > 0 || totalNet.abs().compareTo(AMOUNT_LIMIT) > 0) {
            throw new QuoteRuleViolation("lines", "quotes.error.total-too-large");
        }
    }

    @DomainEvents
    List<Object> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    public QuoteTotals totals() {
        return QuoteTotals.of(lines);
    }

    /** The status as people see it on {@code today} (a sent quote past its date is expired). */
    public QuoteStatus statusOn(LocalDate today) {
        return QuoteExpiry.statusOn(status, validUntil, today);
    }

    public boolean hasRecurringLines() {
        return lines.stream().anyMatch(l -> l.recurrence().isRecurring());
    }

    public boolean hasOneOffLines() {
        return lines.stream().anyMatch(l -> !l.recurrence().isRecurring());
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

    public @Nullable Long getRequestId() {
        return requestId;
    }

    public String getTitle() {
        return title;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public Language getLanguage() {
        return language;
    }

    public Money getTotalNet() {
        return new Money(totalNet, Money.EUR);
    }

    public Money getTotalGross() {
        return new Money(totalGross, Money.EUR);
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable String getTermsSha256() {
        return termsSha256;
    }

    public @Nullable String getSignerName() {
        return signerName;
    }

    public @Nullable String getSignerRole() {
        return signerRole;
    }

    public @Nullable Instant getAcceptedAt() {
        return acceptedAt;
    }

    public @Nullable String getAcceptedIp() {
        return acceptedIp;
    }

    public @Nullable String getAcceptedPdfSha256() {
        return acceptedPdfSha256;
    }

    /** The staff member who recorded the acceptance on the customer's behalf; null when the customer accepted. */
    public @Nullable String getAcceptedRecordedBy() {
        return acceptedRecordedBy;
    }

    public @Nullable Instant getDeclinedAt() {
        return declinedAt;
    }

    public @Nullable String getDeclineReason() {
        return declineReason;
    }

    public @Nullable Long getContractId() {
        return contractId;
    }

    public @Nullable Long getInvoiceId() {
        return invoiceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<QuoteLine> getLines() {
        return List.copyOf(lines);
    }

    public int getVersion() {
        return version;
    }
}
