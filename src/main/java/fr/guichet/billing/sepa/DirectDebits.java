package fr.guichet.billing.sepa;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.internal.InvoiceHistory;
import fr.guichet.billing.payments.Allocation;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.shared.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEPA direct debits: the invoices to debit on a collection date (issued, still to pay, their debit date come, their
 * customer's mandate active and signed before they were issued), made into a batch and its pain.008 file; the
 * invoices are then "to be debited". On the collection date each debit is recorded as a payment by direct debit
 * (automatically, {@link DirectDebitJob}, or by billing); a batch not sent is cancelled before. A debit that comes back
 * ({@link #rejected}) undoes its payment and reopens the invoice.
 */
@Service
@Transactional
public class DirectDebits {

    /** The name the automatic collection records payments under. */
    public static final String AUTOMATIC = "SEPA";

    /** An invoice a batch would debit on the date asked. */
    public record Candidate(
            long invoiceId,
            String invoiceNumber,
            long organisationId,
            Money amount,
            LocalDate debitOn,
            Mandate mandate,
            SequenceType sequence) {}

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final char[] ID_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final DebitStore store;
    private final MandateManagement mandates;
    private final SepaCreditor creditor;
    private final InvoiceManagement invoices;
    private final InvoiceHistory invoiceHistory;
    private final PaymentManagement payments;
    private final CompanyManagement company;
    private final SepaSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DirectDebits(
            DebitStore store,
            MandateManagement mandates,
            SepaCreditor creditor,
            InvoiceManagement invoices,
            InvoiceHistory invoiceHistory,
            PaymentManagement payments,
            CompanyManagement company,
            SepaSettings settings,
            Clock clock) {
        this.store = store;
        this.mandates = mandates;
        this.creditor = creditor;
        this.invoices = invoices;
        this.invoiceHistory = invoiceHistory;
        this.payments = payments;
        this.company = company;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What a batch for this collection date would debit: each invoice whose debit date (its due date, or later to give
     * the notice) is on or before it, with the sequence type its mandate gives (the first debit of a recurring mandate
     * FRST, the following ones RCUR; a one-off mandate's only debit OOFF).
     */
    @Transactional(readOnly = true)
    public List<Candidate> dueOn(LocalDate collectionDate) {
        List<Candidate> due = new ArrayList<>();
        Map<Long, SequenceType> next = new HashMap<>();
        for (long id : store.candidates(collectionDate)) {
            Invoice invoice = invoices.get(id);
            LocalDate issued = invoice.getIssueDate();
            LocalDate dueDate = invoice.getDueDate();
            if (issued == null || dueDate == null) {
                continue;
            }
            LocalDate debitOn = DebitDates.debitDate(issued, dueDate, settings.noticeDays());
            if (debitOn.isAfter(collectionDate)) {
                continue;
            }
            Optional<Mandate> mandate = mandates.debitingOn(invoice.getOrganisationId(), issued);
            if (mandate.isEmpty()) {
                continue;
            }
            SequenceType sequence =
                    next.getOrDefault(mandate.get().id(), mandate.get().nextSequence());
            if (sequence == SequenceType.USED) {
                continue;
            }
            next.put(mandate.get().id(), sequence.next());
            due.add(new Candidate(
                    id,
                    invoice.getNumber(),
                    invoice.getOrganisationId(),
                    invoice.balance(),
                    debitOn,
                    mandate.get(),
                    sequence));
        }
        return due;
    }

    /**
     * Makes the batch of a collection date (a TARGET2 business day after today): its pain.008 file, its debits; the
     * invoices are to be debited, the mandates' series move on. Batches are made one after the other.
     */
    public Batch create(@Nullable LocalDate collectionDate, String by) {
        if (collectionDate == null || !collectionDate.isAfter(today()) || !DebitDates.isTargetDay(collectionDate)) {
            throw new BillingRuleViolation("collectionDate", "billing.sepa.error.collection-date");
        }
        creditor.lock();
        String creditorId = creditor.current()
                .map(SepaCreditor.Change::creditorId)
                .orElseThrow(() -> new BillingRuleViolation("collectionDate", "billing.sepa.error.no-creditor-id"));
        CompanyProfile profile = company.current();
        if (profile.iban() == null || profile.iban().isBlank()) {
            throw new BillingRuleViolation("collectionDate", "billing.sepa.error.no-company-iban");
        }
        List<Candidate> due = dueOn(collectionDate);
        if (due.isEmpty()) {
            throw new BillingRuleViolation("collectionDate", "billing.sepa.error.nothing-due");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(PARIS));
        String messageId = "SDD-" + now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "-" + randomPart();
        List<Pain008.Transaction> transactions = due.stream()
                .map(c -> new Pain008.Transaction(
                        c.invoiceNumber(),
                        c.amount(),
                        c.sequence(),
                        c.mandate().reference(),
                        c.mandate().signedOn(),
                        c.mandate().debtorName(),
                        c.mandate().iban(),
                        c.mandate().bic(),
                        c.invoiceNumber()))
                .toList();
        byte[] file = Pain008.write(
                messageId,
                now,
                collectionDate,
                new Pain008.Creditor(
                        profile.officialName(),
                        profile.iban().replace(" ", ""),
                        profile.bic() == null || profile.bic().isBlank() ? null : profile.bic(),
                        creditorId),
                transactions);
        Money total = due.stream().map(Candidate::amount).reduce(Money.zero(Money.EUR), Money::plus);
        long batchId = store.insertBatch(messageId, collectionDate, due.size(), total, file, by, clock.instant());
        for (Candidate c : due) {
            store.insertDebit(
                    batchId,
                    c.invoiceId(),
                    c.invoiceNumber(),
                    c.organisationId(),
                    c.mandate().id(),
                    c.sequence(),
                    c.amount());
            mandates.debited(c.mandate().id(), c.sequence(), by, c.invoiceNumber() + " — " + collectionDate);
            invoiceHistory.record(
                    invoices.get(c.invoiceId()),
                    "direct-debit",
                    by,
                    collectionDate + " — " + c.amount().amount().toPlainString() + " — " + messageId,
                    clock.instant());
        }
        return batch(batchId);
    }

    /**
     * Cancels a ready batch (its file was not sent, or the bank refused it): the invoices are no longer to be debited;
     * a mandate whose first (or one-off) debit it carried gets it back.
     */
    public Batch cancel(long batchId, String by) {
        Batch batch = store.lockedBatch(batchId).orElseThrow(() -> new UnknownBatch(batchId));
        if (batch.status() != Batch.Status.READY || !batch.collectionDate().isAfter(today())) {
            throw new BillingRuleViolation("batch", "billing.sepa.error.not-cancellable");
        }
        for (Debit debit : store.debitsOf(batchId)) {
            if (debit.status() != Debit.Status.PENDING) {
                continue;
            }
            store.status(debit.id(), Debit.Status.CANCELLED);
            if (debit.sequence() == SequenceType.FRST || debit.sequence() == SequenceType.OOFF) {
                mandates.restart(debit.mandateId(), debit.sequence(), by, batch.messageId() + " cancelled");
            }
            invoiceHistory.record(
                    invoices.get(debit.invoiceId()), "direct-debit-cancelled", by, batch.messageId(), clock.instant());
        }
        store.closeBatch(batchId, Batch.Status.CANCELLED, by, clock.instant());
        return batch(batchId);
    }

    /**
     * The collection date has come: each pending debit is a payment by direct debit received that day (reference the
     * invoice number, payer the debtor and their IBAN), allocated to its invoice for what it still asks (the rest, if
     * it was paid otherwise meanwhile, is the customer's credit).
     */
    public Batch collect(long batchId, String by) {
        Batch batch = store.lockedBatch(batchId).orElseThrow(() -> new UnknownBatch(batchId));
        if (batch.status() != Batch.Status.READY || batch.collectionDate().isAfter(today())) {
            throw new BillingRuleViolation("batch", "billing.sepa.error.not-collectable");
        }
        for (Debit debit : store.debitsOf(batchId)) {
            if (debit.status() != Debit.Status.PENDING) {
                continue;
            }
            Mandate mandate = mandates.get(debit.mandateId());
            Invoice invoice = invoices.get(debit.invoiceId());
            Money open = invoice.balance();
            Money allocated = open.compareTo(debit.amount()) < 0 ? open : debit.amount();
            List<NewAllocation> allocations = allocated.amount().signum() > 0
                    ? List.of(new NewAllocation(debit.invoiceId(), allocated))
                    : List.of();
            Payment payment = payments.receive(
                    new NewPayment(
                            debit.organisationId(),
                            batch.collectionDate(),
                            debit.amount(),
                            PaymentMethod.DIRECT_DEBIT,
                            debit.invoiceNumber(),
                            mandate.debtorName(),
                            mandate.iban(),
                            null,
                            batch.messageId()),
                    allocations,
                    by);
            store.collected(debit.id(), payment.id());
        }
        store.closeBatch(batchId, Batch.Status.COLLECTED, by, clock.instant());
        return batch(batchId);
    }

    /** Collects every ready batch whose collection date has come ({@link DirectDebitJob}); answers how many. */
    public int collectDue(LocalDate today) {
        int collected = 0;
        for (long id : store.readyBy(today)) {
            Batch batch = store.lockedBatch(id).orElseThrow();
            if (batch.status() == Batch.Status.READY && !batch.collectionDate().isAfter(today)) {
                collect(id, AUTOMATIC);
                collected++;
            }
        }
        return collected;
    }

    /**
     * A debit came back, by its end-to-end id (the invoice number), with its ISO reason code, on a day: for the bank
     * statements' import, and for billing's page. Its payment's allocation is undone with the reason and the payment
     * reversed (the money went back to the debtor), so that the invoice asks it again; the mandate's next debit is a
     * first one again when the reason says the account or mandate was not usable, or when a first debit came back.
     *
     * @throws BillingRuleViolation when no pending or collected debit carries that id, or the code is unknown
     */
    public Debit rejected(String endToEndId, String reasonCode, @Nullable LocalDate on, String by) {
        Debit debit = store.liveByEndToEndId(endToEndId == null ? "" : endToEndId.strip())
                .orElseThrow(() -> new BillingRuleViolation("endToEndId", "billing.sepa.error.no-debit"));
        return reject(debit, reasonCode, on, by);
    }

    /** The same, for one debit of a batch's page. */
    public Debit rejectDebit(long debitId, String reasonCode, @Nullable LocalDate on, String by) {
        Debit debit = store.debit(debitId)
                .filter(Debit::isLive)
                .orElseThrow(() -> new BillingRuleViolation("reasonCode", "billing.sepa.error.no-debit"));
        return reject(debit, reasonCode, on, by);
    }

    private Debit reject(Debit found, String reasonCode, @Nullable LocalDate on, String by) {
        ReturnReason reason = ReturnReason.of(reasonCode)
                .orElseThrow(() -> new BillingRuleViolation("reasonCode", "billing.sepa.error.reason-code"));
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || day.getYear() < 2000) {
            throw new BillingRuleViolation("rejectedOn", "billing.sepa.error.rejected-on");
        }
        store.lockedBatch(found.batchId());
        Debit debit = store.debit(found.id())
                .filter(Debit::isLive)
                .orElseThrow(() -> new BillingRuleViolation("reasonCode", "billing.sepa.error.no-debit"));
        String why = "SEPA " + reason.name() + " — " + debit.invoiceNumber();
        if (debit.status() == Debit.Status.COLLECTED && debit.paymentId() != null) {
            for (Allocation allocation : payments.allocationsOfPayment(debit.paymentId())) {
                if (allocation.isActive()) {
                    payments.undo(allocation.id(), why, by);
                }
            }
            Mandate mandate = mandates.get(debit.mandateId());
            payments.receive(
                    new NewPayment(
                            debit.organisationId(),
                            day,
                            debit.amount().negate(),
                            PaymentMethod.DIRECT_DEBIT,
                            debit.invoiceNumber(),
                            mandate.debtorName(),
                            mandate.iban(),
                            null,
                            why),
                    List.of(),
                    by);
        }
        store.rejected(debit.id(), reason.name(), day, by);
        mandates.rejected(debit.mandateId(), by, why);
        if (reason.restartsSeries() || debit.sequence() == SequenceType.FRST || debit.sequence() == SequenceType.OOFF) {
            mandates.restart(debit.mandateId(), debit.sequence(), by, why);
        }
        invoiceHistory.record(invoices.get(debit.invoiceId()), "direct-debit-rejected", by, why, clock.instant());
        return store.debit(debit.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Batch batch(long id) {
        return store.batch(id).orElseThrow(() -> new UnknownBatch(id));
    }

    @Transactional(readOnly = true)
    public List<Batch> batches(@Nullable Long before, int size) {
        return store.batches(before, size);
    }

    @Transactional(readOnly = true)
    public List<Debit> debitsOf(long batchId) {
        return store.debitsOf(batchId);
    }

    @Transactional(readOnly = true)
    public byte[] file(long batchId) {
        batch(batchId);
        return store.file(batchId);
    }

    /**
     * The pending or collected debit that carried this end-to-end id (the invoice number sent in the pain.008 file),
     * the latest: what a SEPA return on a bank statement names.
     */
    @Transactional(readOnly = true)
    public Optional<Debit> liveByEndToEndId(String endToEndId) {
        return store.liveByEndToEndId(endToEndId.strip());
    }

    /** The invoice's debit that is pending or collected: it is to be (or was) paid by direct debit. */
    @Transactional(readOnly = true)
    public Optional<Debit> liveDebitOf(long invoiceId) {
        return store.liveOf(invoiceId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private String randomPart() {
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            part.append(ID_CHARACTERS[random.nextInt(ID_CHARACTERS.length)]);
        }
        return part.toString();
    }
}
