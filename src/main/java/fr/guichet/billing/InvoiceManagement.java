package fr.guichet.billing;

import fr.guichet.billing.internal.InvoiceHistory;
import fr.guichet.billing.internal.InvoiceNumbering;
import fr.guichet.billing.internal.InvoiceRepository;
import fr.guichet.billing.internal.InvoiceValidationWriter;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.UnknownRequest;
import fr.guichet.shared.Money;
import fr.guichet.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing's invoices, deposit invoices and credit notes: drafts and their lines, validation (numbered without gap),
 * credit notes, sending, payments and the e-invoicing lifecycle. The pages, the API and the other modules (through
 * {@link InvoiceDrafting}) all go through here, with the same rules; each act joins the caller's transaction.
 */
@Service
@Transactional
public class InvoiceManagement implements InvoiceDrafting {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final InvoiceRepository invoices;
    private final InvoiceNumbering numbering;
    private final InvoiceValidationWriter validations;
    private final InvoiceHistory history;
    private final BillingSettingsManagement settings;
    private final CustomerManagement customers;
    private final PartiesNow parties;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<RequestManagement> requests;
    private final ObjectProvider<AcceptedQuotes> quotes;
    private final InvoicePaymentRows paymentRows;

    InvoiceManagement(
            InvoiceRepository invoices,
            InvoiceNumbering numbering,
            InvoiceValidationWriter validations,
            InvoiceHistory history,
            BillingSettingsManagement settings,
            CustomerManagement customers,
            PartiesNow parties,
            JsonMapper json,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<RequestManagement> requests,
            ObjectProvider<AcceptedQuotes> quotes,
            InvoicePaymentRows paymentRows) {
        this.paymentRows = paymentRows;
        this.events = events;
        this.quotes = quotes;
        this.requests = requests;
        this.invoices = invoices;
        this.numbering = numbering;
        this.validations = validations;
        this.history = history;
        this.settings = settings;
        this.customers = customers;
        this.parties = parties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Drafted draft(InvoiceDraft draft, String by) {
        return drafted(create(draft, by));
    }

    @Override
    public Drafted validate(long invoiceId, int version, String by) {
        return drafted(validateDraft(invoiceId, version, by));
    }

    /** Saves a draft: the customer's agreed terms (else the default ones), lines checked whole, no number. */
    public Invoice create(InvoiceDraft draft, String by) {
        if (draft.kind() == null) {
            throw new BillingRuleViolation("kind", "billing.error.kind");
        }
        if (customers.organisation(draft.organisationId()).isEmpty()) {
            throw new BillingRuleViolation("organisationId", "billing.error.customer");
        }
        draft.lines().forEach(line -> requireRequestOfCustomer(line, draft.organisationId()));
        if (draft.kind() == InvoiceKind.CREDIT_NOTE) {
            Invoice credited = creditable(draft.creditedInvoiceId(), draft.organisationId());
            Invoice note = Invoice.draft(draft, credited.paymentTerms(), settings.current(), by, clock.instant());
            requireWithinCredit(credited, note);
            return saved(note, "drafted", by, credited.getNumber());
        }
        if (draft.creditedInvoiceId() != null) {
            throw new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-not-credit-note");
        }
        if (draft.quoteId() != null) {
            // the quote whose deposits a final invoice deducts: this customer's, accepted (without quotes, none)
            AcceptedQuotes accepted = quotes.getIfAvailable();
            if (accepted == null || !accepted.isAcceptedQuoteOf(draft.quoteId(), draft.organisationId())) {
                throw new BillingRuleViolation("quoteId", "billing.error.quote");
            }
        }
        Invoice invoice = Invoice.draft(
                draft, settings.termsFor(draft.organisationId()), settings.current(), by, clock.instant());
        return saved(invoice, "drafted", by, null);
    }

    /**
     * Validates a draft: checks it whole, takes the next number of its series (the counter row stays locked until
     * this transaction ends, so numbers follow the order of validations and a rollback gives the number back), dates
     * it today, deducts the deposits of its quote (a final invoice), freezes the parties and the settings' mentions.
     */
    public Invoice validateDraft(long invoiceId, int version, String by) {
        Invoice invoice = get(invoiceId);
        Versions.require("Invoice " + invoiceId, invoice.getVersion(), version);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new BillingRuleViolation("status", "billing.error.not-draft");
        }
        if (invoice.getLines().isEmpty()) {
            throw new BillingRuleViolation("lines", "billing.error.no-lines");
        }
        Invoice credited = null;
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            if (invoice.getCreditedInvoiceId() != null) {
                invoices.lock(invoice.getCreditedInvoiceId()); // two credit notes of one invoice: one after the other
            }
            credited = creditable(invoice.getCreditedInvoiceId(), invoice.getOrganisationId());
            requireWithinCredit(credited, invoice);
        }
        List<InvoiceDeposit> deducted = new ArrayList<>();
        if (invoice.getKind() == InvoiceKind.INVOICE && invoice.getQuoteId() != null) {
            for (Invoice found : invoices.depositsToDeduct(invoice.getQuoteId(), invoice.getOrganisationId())) {
                // locked, then read again: a credit note of the deposit validated meanwhile is counted
                invoices.lock(found.getId());
                Invoice deposit = get(found.getId());
                Money billed = deposit.totalGross().minus(deposit.creditedAmount());
                if (billed.amount().signum() > 0) {
                    deducted.add(new InvoiceDeposit(
                            deposit.getId(), deposit.getNumber(), deposit.getIssueDate(), billed.amount()));
                }
            }
        }
        BillingSettings now = settings.current();
        invoice.prepareValidation(
                now, deducted, json.writeValueAsString(parties.of(invoice.getOrganisationId())), clock.instant());
        // written before the counter is held: the deposits it deducts, its history's line
        if (!deducted.isEmpty()) {
            validations.deposits(invoice.getId(), deducted);
        }
        history.recordValidation(invoice, by, clock.instant());
        // the number last: from here to the commit the series' counter is held, for one UPDATE of the invoice's row
        InvoiceNumbering.Taken taken = numbering.take(now.prefixOf(invoice.getKind()), this::today);
        invoice.numbered(taken.series(), taken.number(), taken.date(), clock.instant());
        invoice.versionWritten(validations.numbered(invoice));
        if (credited != null) {
            // the credited invoice asks that much less (it is locked above: credit notes of it follow one another)
            credited.credit(invoice.totalGross(), clock.instant());
            saved(
                    credited,
                    "credited",
                    by,
                    invoice.getNumber() + " " + invoice.totalGross().amount().toPlainString());
        }
        return invoice;
    }

    /** Adds a line to a draft. */
    public Invoice addLine(long id, int version, InvoiceDraft.Line line, String by) {
        InvoiceLine checked = InvoiceLine.of(line);
        return act(id, version, "line-added", by, invoice -> {
            requireRequestOfCustomer(line, invoice.getOrganisationId());
            invoice.addLine(checked, clock.instant());
            requireCreditWithin(invoice);
        });
    }

    /** Replaces a draft's line {@code index} (from 0). */
    public Invoice replaceLine(long id, int version, int index, InvoiceDraft.Line line, String by) {
        InvoiceLine checked = InvoiceLine.of(line);
        return act(id, version, "line-changed", by, invoice -> {
            requireRequestOfCustomer(line, invoice.getOrganisationId());
            invoice.replaceLine(index, checked, clock.instant());
            requireCreditWithin(invoice);
        });
    }

    public Invoice removeLine(long id, int version, int index, String by) {
        return act(id, version, "line-removed", by, invoice -> invoice.removeLine(index, clock.instant()));
    }

    /** Changes a draft's service period, purchase order, payment terms and notes. */
    public Invoice change(
            long id,
            int version,
            @Nullable LocalDate serviceFrom,
            @Nullable LocalDate serviceTo,
            @Nullable String purchaseOrder,
            PaymentTerms terms,
            @Nullable String notes,
            String by) {
        return act(
                id,
                version,
                "changed",
                by,
                invoice -> invoice.change(serviceFrom, serviceTo, purchaseOrder, terms, notes, clock.instant()));
    }

    /** Deletes a draft (never an issued invoice: it has a number). */
    public void deleteDraft(long id, int version) {
        Invoice invoice = get(id);
        Versions.require("Invoice " + id, invoice.getVersion(), version);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new BillingRuleViolation("status", "billing.error.not-draft");
        }
        invoices.delete(invoice);
    }

    /**
     * Drafts a credit note for an issued invoice: all of what is left to credit on it when {@code lines} is empty (a
     * full credit note), else those lines (a partial one, within what is left).
     */
    public Invoice draftCreditNote(long invoiceId, List<InvoiceDraft.Line> lines, String by) {
        return draftCreditNote(invoiceId, lines, false, by);
    }

    /**
     * The credit note the invoice's page drafts: of every line for an invoice not credited yet; for one already
     * credited in part, a draft without lines, whose editor takes the lines of what is left to credit; none for an
     * invoice credited in full.
     */
    public Invoice draftCreditNoteFromPage(long invoiceId, String by) {
        return draftCreditNote(invoiceId, List.of(), true, by);
    }

    private Invoice draftCreditNote(long invoiceId, List<InvoiceDraft.Line> lines, boolean emptyIfPartly, String by) {
        Invoice credited = creditable(invoiceId, null);
        List<InvoiceDraft.Line> credit = lines;
        if (credit.isEmpty()) {
            BigDecimal already = invoices.credited(invoiceId);
            if (already.compareTo(credited.totalGross().amount()) >= 0) {
                throw new BillingRuleViolation("lines", "billing.error.fully-credited");
            }
            if (already.signum() != 0 && !emptyIfPartly) {
                throw new BillingRuleViolation("lines", "billing.error.already-credited");
            }
            credit = already.signum() != 0
                    ? List.of()
                    : credited.getLines().stream().map(InvoiceLine::asDraftLine).toList();
        }
        return create(
                new InvoiceDraft(
                        credited.getOrganisationId(),
                        InvoiceKind.CREDIT_NOTE,
                        credited.getServiceFrom(),
                        credited.getServiceTo(),
                        credited.getPurchaseOrder(),
                        null,
                        null,
                        credited.getId(),
                        credit),
                by);
    }

    /**
     * The invoice is sent to the customer: by email ({@code byEmail}: {@link InvoiceSent} asks for the invoice email
     * with its PDF, sent once this transaction commits), or it was sent otherwise (by post, through a platform).
     */
    public Invoice markSent(long id, int version, boolean byEmail, String by) {
        Invoice sent =
                act(id, version, byEmail ? "sent-by-email" : "sent", by, invoice -> invoice.markSent(clock.instant()));
        events.publishEvent(new InvoiceSent(sent.getId(), sent.getNumber(), sent.getOrganisationId(), byEmail, by));
        return sent;
    }

    /**
     * A part of a payment allocated to this customer's invoice (negative: a refund of what it owes back): partly paid,
     * then paid ("encaissée"). The invoice's row is locked first: allocations to one invoice follow one another, so
     * that two payments at once never pay it twice. Called by billing's payments ({@code billing.payments}).
     */
    public Invoice allocatePayment(long invoiceId, long organisationId, Money amount, String by, String detail) {
        return allocatePayment(invoiceId, organisationId, amount, by, detail, clock.instant());
    }

    /** The same, at a given moment: a payment of the past (the demo company's year). */
    public Invoice allocatePayment(
            long invoiceId, long organisationId, Money amount, String by, String detail, Instant at) {
        Invoice invoice = lockedOf(invoiceId, organisationId);
        invoice.recordPayment(amount, at);
        Invoice saved = invoices.save(invoice);
        history.record(saved, amount.isNegative() ? "refund" : "payment", by, detail, at);
        return saved;
    }

    /** A part of a payment for one invoice of its customer, among many allocated at once. */
    public record PaymentPart(long invoiceId, long organisationId, Money amount, String detail) {}

    /**
     * Many parts of payments allocated at once (a page of a bank statement's matches), with the rules of
     * {@link #allocatePayment}: every invoice's row locked first, in ascending ids (as single payments lock them: a
     * batch and a payment, or two batches, never wait on each other in a circle); then each part applied in the order
     * given, so that a second part of one invoice sees the first; the invoices written back together, with one history
     * line per part. All or nothing: a part refused ({@link BillingRuleViolation}, {@link UnknownInvoice}) refuses
     * them all, and the caller's transaction with them.
     */
    public void allocatePayments(List<PaymentPart> parts, String by, Instant at) {
        if (parts.isEmpty()) {
            return;
        }
        Map<Long, Invoice> locked = new HashMap<>();
        for (Invoice invoice :
                paymentRows.lock(parts.stream().map(PaymentPart::invoiceId).toList())) {
            locked.put(invoice.getId(), invoice);
        }
        List<InvoiceHistory.Line> lines = new ArrayList<>(parts.size());
        for (PaymentPart part : parts) {
            Invoice invoice = locked.get(part.invoiceId());
            if (invoice == null) {
                throw new UnknownInvoice(String.valueOf(part.invoiceId()));
            }
            if (invoice.getOrganisationId() != part.organisationId()) {
                throw new BillingRuleViolation(
                        "invoiceId", "billing.error.payment-other-customer", invoice.getNumber());
            }
            invoice.recordPayment(part.amount(), at);
            lines.add(new InvoiceHistory.Line(
                    invoice.getId(),
                    invoice.getStatus(),
                    invoice.getLifecycle(),
                    part.amount().isNegative() ? "refund" : "payment",
                    part.detail()));
        }
        paymentRows.write(locked.values(), at);
        history.recordAll(lines, by, at);
    }

    /** An allocation undone: the invoice asks again what it had paid. */
    public Invoice undoPayment(long invoiceId, long organisationId, Money amount, String by, String detail) {
        Invoice invoice = lockedOf(invoiceId, organisationId);
        invoice.cancelPayment(amount, clock.instant());
        return saved(invoice, "payment-undone", by, detail);
    }

    private Invoice lockedOf(long invoiceId, long organisationId) {
        invoices.lock(invoiceId).orElseThrow(() -> new UnknownInvoice(String.valueOf(invoiceId)));
        Invoice invoice = get(invoiceId);
        if (invoice.getOrganisationId() != organisationId) {
            throw new BillingRuleViolation("invoiceId", "billing.error.payment-other-customer", invoice.getNumber());
        }
        return invoice;
    }

    /** A status of the e-invoicing lifecycle, as a platform or the customer reports it. */
    public Invoice moveLifecycle(long id, int version, LifecycleStatus status, @Nullable String reason, String by) {
        return act(id, version, "lifecycle", by, invoice -> invoice.moveLifecycle(status, reason, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Invoice get(long id) {
        return invoices.findById(id).orElseThrow(() -> new UnknownInvoice(String.valueOf(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public InvoiceKind kindOf(long invoiceId) {
        return get(invoiceId).getKind();
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> byNumber(String number) {
        return invoices.findByNumber(number);
    }

    /** A customer's invoice, or not found when it is another customer's. */
    @Transactional(readOnly = true)
    public Invoice ofCustomer(long id, long organisationId) {
        Invoice invoice = get(id);
        if (invoice.getOrganisationId() != organisationId) {
            throw new UnknownInvoice(String.valueOf(id));
        }
        return invoice;
    }

    /** A customer's invoices, drafts first, then the latest issued. */
    @Transactional(readOnly = true)
    public List<Invoice> ofOrganisation(long organisationId, int limit) {
        return invoices.ofOrganisation(organisationId, limit);
    }

    @Transactional(readOnly = true)
    public List<Invoice> ofQuote(long quoteId) {
        return invoices.ofQuote(quoteId);
    }

    @Transactional(readOnly = true)
    public List<Invoice> ofContract(long contractId, int limit) {
        return invoices.ofContract(contractId, limit);
    }

    /** The credit notes (drafts included) that correct an invoice. */
    @Transactional(readOnly = true)
    public List<Invoice> creditNotesOf(long invoiceId) {
        return invoices.creditNotesOf(invoiceId);
    }

    /** The customer's oldest draft invoice, where recorded work may be added. */
    @Transactional(readOnly = true)
    public Optional<Invoice> openDraftOf(long organisationId) {
        return invoices.openDraftOf(organisationId);
    }

    @Transactional(readOnly = true)
    public List<InvoiceEvent> history(long invoiceId) {
        return history.of(invoiceId);
    }

    /** The frozen seller and buyer of an issued invoice (as they are now for a draft). */
    @Transactional(readOnly = true)
    public InvoiceParties partiesOf(Invoice invoice) {
        String frozen = invoice.frozenParties();
        return frozen == null ? parties.of(invoice.getOrganisationId()) : json.readValue(frozen, InvoiceParties.class);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private Invoice creditable(@Nullable Long creditedId, @Nullable Long organisationId) {
        if (creditedId == null) {
            throw new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-required");
        }
        Invoice credited = invoices.findById(creditedId)
                .orElseThrow(() -> new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-unknown"));
        if (organisationId != null && credited.getOrganisationId() != organisationId) {
            throw new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-unknown");
        }
        if (!credited.getStatus().isIssued() || credited.getKind() == InvoiceKind.CREDIT_NOTE) {
            throw new BillingRuleViolation("creditedInvoiceId", "billing.error.credited-not-issued");
        }
        return credited;
    }

    /** A credit note credits at most what is left on its invoice (its total less the validated credit notes). */
    private void requireWithinCredit(Invoice credited, Invoice note) {
        Money left = credited.totalGross().minus(new Money(invoices.credited(credited.getId()), Money.EUR));
        if (note.totalGross().compareTo(left) > 0) {
            throw new BillingRuleViolation(
                    "lines", "billing.error.credit-exceeds", left.amount().toPlainString());
        }
    }

    private void requireCreditWithin(Invoice invoice) {
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            requireWithinCredit(creditable(invoice.getCreditedInvoiceId(), invoice.getOrganisationId()), invoice);
        }
    }

    private Invoice act(long id, int version, String change, String by, Consumer<Invoice> action) {
        Invoice invoice = get(id);
        Versions.require("Invoice " + id, invoice.getVersion(), version);
        action.accept(invoice);
        return saved(invoice, change, by, null);
    }

    /**
     * A line that bills a request names one of the invoice's customer's requests: another customer's would show them
     * this invoice on their request's page.
     */
    private void requireRequestOfCustomer(InvoiceDraft.Line line, long organisationId) {
        if (line.requestId() == null) {
            return;
        }
        boolean ours;
        try {
            ours = Long.valueOf(organisationId)
                    .equals(requests.getObject().get(line.requestId()).getOrganisationId());
        } catch (UnknownRequest unknown) {
            ours = false;
        }
        if (!ours) {
            throw new BillingRuleViolation("requestId", "billing.error.request-not-customers");
        }
    }

    private Invoice saved(Invoice invoice, String change, String by, @Nullable String detail) {
        Invoice saved = invoices.save(invoice);
        history.record(saved, change, by, detail, clock.instant());
        return saved;
    }

    private static Drafted drafted(Invoice invoice) {
        return new Drafted(invoice.getId(), invoice.getVersion(), invoice.getNumber());
    }
}
