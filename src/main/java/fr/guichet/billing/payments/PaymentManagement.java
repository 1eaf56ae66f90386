package fr.guichet.billing.payments;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments received from customers and refunds made to them, allocated to their invoices: all or nothing, never more
 * than an invoice still asks (its row locked), never more than a payment holds (its row locked); what a payment leaves
 * unallocated is the customer's credit, used later on another invoice. An allocation is undone with a reason, never
 * deleted. The one way money reaches an invoice, for the pages, the API and the bank statements.
 */
@Service
@Transactional
public class PaymentManagement {

    /** A filter of the payments' list. */
    public record Filter(
            @Nullable Long organisationId,
            @Nullable PaymentMethod method,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            boolean withCredit) {

        public static Filter all() {
            return new Filter(null, null, null, null, false);
        }
    }

    /** A place in the newest-first order (keyset). */
    public record Cursor(LocalDate receivedOn, long id) {}

    /** The earliest date a payment may carry. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PaymentStore store;
    private final InvoiceManagement invoices;
    private final CustomerManagement customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentManagement(
            PaymentStore store,
            InvoiceManagement invoices,
            CustomerManagement customers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.invoices = invoices;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a payment (or a refund) and its allocations, all or nothing: each allocation to one of the customer's
     * issued invoices (each invoice once), of the payment's sign, together no more than the payment; the rest is the customer's credit. A
     * refund not allocated takes back credit the customer holds, never more.
     */
    public Payment receive(NewPayment payment, List<NewAllocation> allocations, String by) {
        return receive(payment, allocations, by, clock.instant());
    }

    /**
     * The same, once per submission: a form sent twice (a double click) or an API call repeated with its
     * {@code Idempotency-Key} records one payment and gives it back the second time. Two sent at the same moment: the
     * second fails on the key's unique index ({@link org.springframework.dao.DuplicateKeyException}) and its caller
     * reads the first with {@link #bySubmission} once this transaction is over.
     *
     * @throws BillingRuleViolation when the key already recorded a payment of another customer or amount
     */
    public Payment receiveOnce(String submission, NewPayment payment, List<NewAllocation> allocations, String by) {
        Optional<Payment> recorded = bySubmission(submission);
        if (recorded.isPresent()) {
            Payment first = recorded.get();
            if (first.organisationId() != payment.organisationId()
                    || first.amount().compareTo(payment.amount()) != 0) {
                throw new BillingRuleViolation("submission", "billing.error.submission-reused");
            }
            return first;
        }
        return receive(payment, allocations, by, clock.instant(), submission);
    }

    /** The payment recorded by the form or call that carried this key, if any. */
    public Optional<Payment> bySubmission(String submission) {
        return store.bySubmission(submission).map(this::get);
    }

    /** The same, recorded at a given moment: a payment of the past (the demo company's year, an import). */
    public Payment receive(NewPayment payment, List<NewAllocation> allocations, String by, Instant at) {
        return receive(payment, allocations, by, at, null);
    }

    private Payment receive(
            NewPayment payment, List<NewAllocation> allocations, String by, Instant at, @Nullable String submission) {
        NewPayment checked = checked(payment);
        Money total = Money.zero(Money.EUR);
        boolean refund = checked.amount().isNegative();
        if (allocations.stream().map(NewAllocation::invoiceId).distinct().count() < allocations.size()) {
            throw new BillingRuleViolation("allocations", "billing.error.allocation-twice");
        }
        for (NewAllocation allocation : allocations) {
            if (allocation.amount().amount().signum() == 0
                    || allocation.amount().isNegative() != refund) {
                throw new BillingRuleViolation("allocations", "billing.error.allocation-sign");
            }
            total = total.plus(allocation.amount());
        }
        if (refund ? total.compareTo(checked.amount()) < 0 : total.compareTo(checked.amount()) > 0) {
            throw new BillingRuleViolation("allocations", "billing.error.allocations-exceed");
        }
        if (refund) {
            Money leftOver = checked.amount().minus(total); // negative: credit given back
            if (creditOf(checked.organisationId()).plus(leftOver).isNegative()) {
                throw new BillingRuleViolation("amount", "billing.error.refund-beyond-credit");
            }
        }
        long id = store.insert(checked, by, at, submission);
        // one invoice after the other, in their ids' order: two payments of several invoices never wait on each other
        List<NewAllocation> ordered = allocations.stream()
                .sorted(Comparator.comparingLong(NewAllocation::invoiceId))
                .toList();
        for (NewAllocation allocation : ordered) {
            allocate(id, checked, allocation.invoiceId(), allocation.amount(), checked.receivedOn(), by, at);
        }
        events.publishEvent(new PaymentReceived(id, checked.organisationId(), checked.amount()));
        return get(id);
    }

    /**
     * Records many payments received at once (a page of a bank statement's matches), each with its allocations, with
     * the rules of {@link #receive}: the customer known, the amount and date right, each allocation to one of the
     * customer's issued invoices, above zero, together no more than the payment, never more than an invoice still asks
     * (the invoices' rows locked, all of them first, in ascending ids — the order {@link #receive} locks them in too —
     * then each allocation applied in the order given); one {@link PaymentReceived} per payment. All or nothing: one
     * payment refused refuses them all, with the caller's transaction. Refunds are not taken here: what credit a refund
     * may take back depends on what came before it, so each goes through {@link #receive}.
     *
     * @return the payments' ids, in the order given
     * @throws IllegalArgumentException for a refund
     */
    public List<Long> receiveAll(List<NewReceipt> receipts, String by) {
        if (receipts.isEmpty()) {
            return List.of();
        }
        Instant at = clock.instant();
        Set<Long> known = customers
                .names(receipts.stream()
                        .map(r -> r.payment().organisationId())
                        .distinct()
                        .toList())
                .keySet();
        List<NewPayment> checked = new ArrayList<>(receipts.size());
        List<InvoiceManagement.PaymentPart> parts = new ArrayList<>();
        for (NewReceipt receipt : receipts) {
            if (!known.contains(receipt.payment().organisationId())) {
                throw new BillingRuleViolation("organisationId", "billing.error.customer");
            }
            NewPayment payment = shaped(receipt.payment());
            if (payment.amount().isNegative()) {
                throw new IllegalArgumentException("A refund is recorded alone, through receive");
            }
            Money total = Money.zero(Money.EUR);
            for (NewAllocation allocation : receipt.allocations()) {
                if (allocation.amount().amount().signum() <= 0) {
                    throw new BillingRuleViolation("allocations", "billing.error.allocation-sign");
                }
                total = total.plus(allocation.amount());
            }
            if (total.compareTo(payment.amount()) > 0) {
                throw new BillingRuleViolation("allocations", "billing.error.allocations-exceed");
            }
            checked.add(payment);
            receipt.allocations().stream()
                    .sorted(Comparator.comparingLong(NewAllocation::invoiceId))
                    .forEach(allocation -> parts.add(new InvoiceManagement.PaymentPart(
                            allocation.invoiceId(),
                            payment.organisationId(),
                            allocation.amount(),
                            detail(payment, allocation.amount()))));
        }
        invoices.allocatePayments(parts, by, at);
        List<Long> ids = store.insertAll(checked, by, at);
        List<PaymentStore.NewRow> rows = new ArrayList<>(parts.size());
        for (int i = 0; i < receipts.size(); i++) {
            for (NewAllocation allocation : receipts.get(i).allocations()) {
                rows.add(new PaymentStore.NewRow(
                        ids.get(i),
                        allocation.invoiceId(),
                        allocation.amount(),
                        checked.get(i).receivedOn()));
            }
        }
        store.allocateAll(rows, by, at);
        for (int i = 0; i < checked.size(); i++) {
            events.publishEvent(new PaymentReceived(
                    ids.get(i), checked.get(i).organisationId(), checked.get(i).amount()));
        }
        return ids;
    }

    /** Allocates credit a payment holds to another invoice of its customer (the payment's row is locked). */
    public Payment allocate(long paymentId, long invoiceId, Money amount, String by) {
        if (!store.lock(paymentId)) {
            throw new UnknownPayment(paymentId);
        }
        Payment payment = get(paymentId);
        if (payment.isRefund() || amount.amount().signum() <= 0) {
            throw new BillingRuleViolation("amount", "billing.error.allocation-sign");
        }
        if (amount.compareTo(payment.unallocated()) > 0) {
            throw new BillingRuleViolation(
                    "amount",
                    "billing.error.allocation-beyond-credit",
                    payment.unallocated().amount());
        }
        Invoice invoice = invoices.get(invoiceId);
        // the invoice counts as paid from the day the money came, if it existed then
        LocalDate on = invoice.getIssueDate() != null && invoice.getIssueDate().isAfter(payment.receivedOn())
                ? invoice.getIssueDate()
                : payment.receivedOn();
        NewPayment of =
                NewPayment.of(payment.organisationId(), payment.receivedOn(), payment.amount(), payment.method());
        allocate(paymentId, of, invoiceId, amount, on, by, clock.instant());
        return get(paymentId);
    }

    /**
     * Uses the customer's credit on one of their invoices, from their oldest payments first, up to what the invoice
     * asks and the credit holds; answers what was used.
     */
    public Money useCredit(long organisationId, long invoiceId, String by) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice.getOrganisationId() != organisationId) {
            throw new BillingRuleViolation("invoiceId", "billing.error.payment-other-customer", invoice.getNumber());
        }
        Money wanted = invoice.balance();
        Money used = Money.zero(Money.EUR);
        for (Payment payment : store.withCredit(organisationId)) {
            Money left = wanted.minus(used);
            if (left.amount().signum() <= 0) {
                break;
            }
            Money part = payment.unallocated().compareTo(left) < 0 ? payment.unallocated() : left;
            allocate(payment.id(), invoiceId, part, by);
            used = used.plus(part);
        }
        if (used.amount().signum() == 0) {
            throw new BillingRuleViolation("invoiceId", "billing.error.no-credit");
        }
        return used;
    }

    /** Undoes an allocation, with the reason: the invoice asks it again, the payment holds it again as credit. */
    public Allocation undo(long allocationId, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new BillingRuleViolation("reason", "billing.error.undo-reason");
        }
        Allocation allocation = store.lockAllocation(allocationId).orElseThrow(() -> new UnknownPayment(allocationId));
        if (!allocation.isActive()) {
            throw new BillingRuleViolation("reason", "billing.error.undone-already");
        }
        Payment payment = get(allocation.paymentId());
        store.undo(allocationId, why, by, clock.instant());
        invoices.undoPayment(
                allocation.invoiceId(),
                payment.organisationId(),
                allocation.amount(),
                by,
                allocation.amount().amount().toPlainString() + " — " + why);
        return store.allocation(allocationId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Payment get(long paymentId) {
        return store.find(paymentId).orElseThrow(() -> new UnknownPayment(paymentId));
    }

    /** What the customer's payments hold unallocated: credit usable on their next invoices. */
    @Transactional(readOnly = true)
    public Money creditOf(long organisationId) {
        return store.creditOf(organisationId);
    }

    /** Every allocation to the invoice, undone ones included, in their dates' order. */
    @Transactional(readOnly = true)
    public List<Allocation> allocationsOf(long invoiceId) {
        return store.allocationsOfInvoice(invoiceId);
    }

    /** The allocations that count: what paid the invoice, and from which day. */
    @Transactional(readOnly = true)
    public List<Allocation> activeAllocationsOf(long invoiceId) {
        return store.allocationsOfInvoice(invoiceId).stream()
                .filter(Allocation::isActive)
                .toList();
    }

    @Transactional(readOnly = true)
    public Allocation allocation(long allocationId) {
        return store.allocation(allocationId).orElseThrow(() -> new UnknownPayment(allocationId));
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocationsOfPayment(long paymentId) {
        return store.allocationsOfPayment(paymentId);
    }

    /** A page of payments, newest first. */
    @Transactional(readOnly = true)
    public List<Payment> page(Filter filter, @Nullable Cursor after, int size) {
        return store.page(filter, after, size);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private void allocate(
            long paymentId, NewPayment payment, long invoiceId, Money amount, LocalDate on, String by, Instant at) {
        invoices.allocatePayment(invoiceId, payment.organisationId(), amount, by, detail(payment, amount), at);
        store.allocate(paymentId, invoiceId, amount, on, by, at);
    }

    /** What an invoice's history says of an allocation. */
    private static String detail(NewPayment payment, Money amount) {
        return amount.amount().toPlainString() + " — " + payment.method().name()
                + (payment.reference() == null ? "" : " " + payment.reference());
    }

    private NewPayment checked(NewPayment payment) {
        if (customers.organisation(payment.organisationId()).isEmpty()) {
            throw new BillingRuleViolation("organisationId", "billing.error.customer");
        }
        return shaped(payment);
    }

    /** The payment's amount, date, method, IBAN and texts checked (its customer aside), its texts stripped. */
    private NewPayment shaped(NewPayment payment) {
        if (payment.method() == null) {
            throw new BillingRuleViolation("method", "billing.error.payment-method");
        }
        if (payment.amount() == null
                || payment.amount().amount().signum() == 0
                || !Decimals.fits(payment.amount().amount().abs(), 12, 2)) {
            throw new BillingRuleViolation("amount", "billing.error.payment-amount");
        }
        LocalDate on = payment.receivedOn();
        if (on == null || on.isBefore(EARLIEST) || on.isAfter(today())) {
            throw new BillingRuleViolation("receivedOn", "billing.error.payment-date");
        }
        String iban = blankToNull(payment.payerIban());
        if (iban != null) {
            if (!Iban.isValid(iban)) {
                throw new BillingRuleViolation("payerIban", "billing.error.payment-iban");
            }
            iban = Iban.of(iban).value();
        }
        return new NewPayment(
                payment.organisationId(),
                on,
                payment.amount(),
                payment.method(),
                limited(payment.reference(), 140, "reference"),
                limited(payment.payerName(), 140, "payerName"),
                iban,
                payment.statementEntryId(),
                limited(payment.notes(), 500, "notes"));
    }

    private static @Nullable String limited(@Nullable String text, int max, String field) {
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            throw new BillingRuleViolation(field, "billing.error.too-long", max);
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
