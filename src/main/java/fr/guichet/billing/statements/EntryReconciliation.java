package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.sepa.Debit;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.shared.Money;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a statement entry, each act in one transaction: matched to invoices (automatically, with the
 * sentence that explains it, or by a clerk, split over several invoices if need be), the payment recorded through
 * {@link PaymentManagement} with the entry as its statement line; booked as something else; ignored with a reason;
 * and each of these undone. An entry has one payment at most: a match undone leaves it as the customer's credit, which
 * the next match of that customer uses again, and which booking, ignoring or a match to another customer takes back.
 * A SEPA direct debit of ours coming back is matched to its debit, not to an invoice: the debit is rejected through
 * {@link DirectDebits} (its payment undone, the invoice asking its amount again), which cannot be undone from here.
 */
@Service
@Transactional
public class EntryReconciliation {

    static final String BY_HAND = "billing.statements.match.by-hand";
    static final int TEXT_MAX = 200;

    private final StatementEntries entries;
    private final AutomaticMatching automatic;
    private final OpenInvoices invoices;
    private final PaymentManagement payments;
    private final DirectDebits directDebits;
    private final JdbcClient jdbc;
    private final Clock clock;

    EntryReconciliation(
            StatementEntries entries,
            AutomaticMatching automatic,
            OpenInvoices invoices,
            PaymentManagement payments,
            DirectDebits directDebits,
            JdbcClient jdbc,
            Clock clock) {
        this.entries = entries;
        this.automatic = automatic;
        this.invoices = invoices;
        this.payments = payments;
        this.directDebits = directDebits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Matches a new credit entry when the rules find its invoices beyond doubt; whether it did. */
    public boolean matchAutomatically(long entryId, String by) {
        return matchAutomatically(entryId, automatic.lookups(), by);
    }

    /** As {@link #matchAutomatically(long, String)}, with what an import's entries look up alike read once. */
    boolean matchAutomatically(long entryId, AutomaticMatching.Lookups lookups, String by) {
        StatementEntry entry = entries.get(entryId);
        if (entry.state() != EntryState.NEW) {
            return false;
        }
        Optional<MatchProposal> proposal = automatic.propose(entry, lookups);
        if (proposal.isEmpty()) {
            return false;
        }
        MatchProposal p = proposal.get();
        record(entry, entry.version(), p.organisationId(), p.shares(), p.explanationKey(), p.arguments(), true, by);
        return true;
    }

    /**
     * A new line that is one of our SEPA direct debits coming back: the pending or collected debit of its end-to-end
     * id, of its amount, rejected with the bank's reason code on the line's booking date (its payment undone, the
     * invoice asking its amount again, the mandate's series restarted when the reason says so); the line matched,
     * explained "SEPA return of the invoice — the reason". Whether it was: a line whose debit is unknown, already
     * rejected or of another amount waits for a clerk.
     *
     * @throws fr.guichet.billing.BillingRuleViolation when the reason code is none SEPA knows (nothing done)
     */
    public boolean recordSepaReturn(long entryId, String by) {
        StatementEntry entry = entries.get(entryId);
        if (entry.state() != EntryState.NEW || !entry.isSepaReturn()) {
            return false;
        }
        Optional<Debit> debit = directDebits.liveByEndToEndId(entry.endToEndId());
        if (debit.isEmpty() || !debit.get().amount().equals(entry.amount().negate())) {
            return false;
        }
        Debit rejected = directDebits.rejectDebit(debit.get().id(), entry.returnReason(), entry.bookingDate(), by);
        entries.move(
                entry,
                entry.version(),
                EntryState.MATCHED,
                StatementEntry.SEPA_RETURN,
                List.of(rejected.invoiceNumber(), rejected.reasonCode() == null ? "" : rejected.reasonCode()),
                null,
                null,
                null,
                null,
                by);
        return true;
    }

    /** A clerk's match of the entry to one invoice (what the invoice does not ask stays the customer's credit). */
    public void matchOne(long entryId, int version, long invoiceId, String by) {
        match(
                entryId,
                version,
                List.of(new Share(invoiceId, entries.get(entryId).amount())),
                by);
    }

    /**
     * A clerk's match: the entry on one invoice (what the invoice does not ask stays the customer's credit), or split
     * over several invoices of one customer, the shares summing to the entry.
     */
    public void match(long entryId, int version, List<Share> shares, String by) {
        StatementEntry entry = waitingCredit(entryId);
        if (shares.isEmpty()) {
            throw new BillingRuleViolation("invoiceId", "billing.statements.error.invoice-choose");
        }
        List<OpenInvoice> open = new ArrayList<>();
        for (Share share : shares) {
            open.add(invoices.get(share.invoiceId()));
        }
        long customer = open.get(0).organisationId();
        if (open.stream().anyMatch(i -> i.organisationId() != customer)) {
            throw new BillingRuleViolation("invoiceId", "billing.statements.error.split-customers");
        }
        List<NewAllocation> allocations = new ArrayList<>();
        if (shares.size() == 1) {
            Money share = open.get(0).open().compareTo(entry.amount()) < 0
                    ? open.get(0).open()
                    : entry.amount();
            allocations.add(new NewAllocation(open.get(0).id(), share));
        } else {
            Money total = Money.zero(Money.EUR);
            for (int i = 0; i < shares.size(); i++) {
                Money amount = shares.get(i).amount();
                if (amount.amount().signum() <= 0
                        || amount.compareTo(open.get(i).open()) > 0) {
                    throw new BillingRuleViolation(
                            "amounts",
                            "billing.statements.error.split-share",
                            open.get(i).number(),
                            open.get(i).open().amount().toPlainString());
                }
                total = total.plus(amount);
                allocations.add(new NewAllocation(open.get(i).id(), amount));
            }
            if (!total.equals(entry.amount())) {
                throw new BillingRuleViolation(
                        "amounts",
                        "billing.statements.error.split-sum",
                        total.amount().toPlainString(),
                        entry.amount().amount().toPlainString());
            }
        }
        List<String> numbers = open.stream().map(OpenInvoice::number).toList();
        record(entry, version, customer, allocations, BY_HAND, List.of(String.join(", ", numbers), by), false, by);
    }

    /** Books an entry as bank fees, other income or another expense, on the account label given. */
    public void book(long entryId, int version, @Nullable BookingKind kind, @Nullable String accountLabel, String by) {
        StatementEntry entry = waiting(entryId);
        if (kind == null) {
            throw new BillingRuleViolation("kind", "billing.statements.error.booking-kind");
        }
        String label = text(accountLabel, "accountLabel", "billing.statements.error.account-label");
        Long payment = takeBackCredit(entry, by);
        entries.move(entry, version, EntryState.BOOKED, null, List.of(), kind.name(), label, null, payment, by);
    }

    /** Sets an entry aside with the reason (a transfer between the company's own accounts, a duplicate…). */
    public void ignore(long entryId, int version, @Nullable String reason, String by) {
        StatementEntry entry = waiting(entryId);
        String why = text(reason, "reason", "billing.statements.error.ignore-reason");
        Long payment = takeBackCredit(entry, by);
        entries.move(entry, version, EntryState.IGNORED, null, List.of(), null, null, why, payment, by);
    }

    /** Undoes what was done with an entry, with the reason: it waits again (its payment, if any, kept as credit). */
    public void undo(long entryId, int version, @Nullable String reason, String by) {
        StatementEntry entry = entries.get(entryId);
        String why = text(reason, "reason", "billing.statements.error.undo-reason");
        if (entry.state() == EntryState.NEW) {
            throw new BillingRuleViolation("reason", "billing.statements.error.nothing-to-undo");
        }
        if (entry.isRecordedSepaReturn()) {
            throw new BillingRuleViolation("reason", "billing.statements.error.sepa-return-undo");
        }
        if (entry.state() == EntryState.MATCHED && entry.paymentId() != null) {
            payments.allocationsOfPayment(entry.paymentId()).stream()
                    .filter(a -> a.isActive())
                    .forEach(a -> payments.undo(a.id(), why, by));
            jdbc.sql("UPDATE billing_statement_match SET undone_at = :at, undone_by = :by"
                            + " WHERE entry_id = :entry AND undone_at IS NULL")
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("by", BankAccounts.shortened(by))
                    .param("entry", entryId)
                    .update();
        }
        entries.move(entry, version, EntryState.NEW, null, List.of(), null, null, null, entry.paymentId(), by);
    }

    private void record(
            StatementEntry entry,
            int version,
            long customer,
            List<NewAllocation> shares,
            String key,
            List<String> arguments,
            boolean automatic,
            String by) {
        long paymentId = pay(entry, customer, shares, by);
        for (NewAllocation share : shares) {
            jdbc.sql("INSERT INTO billing_statement_match (entry_id, invoice_id, amount, payment_id, automatic,"
                            + " matched_by, matched_at) VALUES (:entry, :invoice, :amount, :payment, :automatic, :by,"
                            + " :at)")
                    .param("entry", entry.id())
                    .param("invoice", share.invoiceId())
                    .param("amount", share.amount().amount())
                    .param("payment", paymentId)
                    .param("automatic", automatic)
                    .param("by", BankAccounts.shortened(by))
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
        entries.move(entry, version, EntryState.MATCHED, key, arguments, null, null, null, paymentId, by);
    }

    /** The entry's payment: its earlier one when it is this customer's, else a new one (the earlier taken back). */
    private long pay(StatementEntry entry, long customer, List<NewAllocation> shares, String by) {
        Long earlier = entry.paymentId();
        if (earlier != null) {
            Payment payment = payments.get(earlier);
            if (payment.organisationId() == customer) {
                Money needed = shares.stream().map(NewAllocation::amount).reduce(Money.zero(Money.EUR), Money::plus);
                if (payment.unallocated().compareTo(needed) < 0) {
                    // its credit was used meanwhile (on an invoice's page): the line's money already paid those
                    List<String> paid = payments.allocationsOfPayment(earlier).stream()
                            .filter(a -> a.isActive())
                            .map(a -> a.invoiceNumber())
                            .distinct()
                            .toList();
                    throw new BillingRuleViolation(
                            "invoiceId",
                            "billing.statements.error.credit-used",
                            String.join(", ", paid),
                            payment.unallocated().plain(java.util.Locale.FRANCE));
                }
                for (NewAllocation share : shares) {
                    payments.allocate(earlier, share.invoiceId(), share.amount(), by);
                }
                return earlier;
            }
            takeBackCredit(entry, by);
        }
        NewPayment payment = PageMatching.payment(entry, customer);
        if (earlier != null) {
            // the entry's earlier payment keeps the statement line
            payment = new NewPayment(
                    payment.organisationId(),
                    payment.receivedOn(),
                    payment.amount(),
                    payment.method(),
                    payment.reference(),
                    payment.payerName(),
                    payment.payerIban(),
                    null,
                    payment.notes());
        }
        return payments.receive(payment, shares, by).id();
    }

    /** What an earlier match left as the customer's credit goes back out (a refund not allocated); the payment kept. */
    private @Nullable Long takeBackCredit(StatementEntry entry, String by) {
        if (entry.paymentId() == null) {
            return null;
        }
        Payment payment = payments.get(entry.paymentId());
        Money credit = payment.unallocated();
        if (credit.amount().signum() > 0) {
            payments.receive(
                    new NewPayment(
                            payment.organisationId(),
                            payments.today(),
                            Money.zero(Money.EUR).minus(credit),
                            payment.method(),
                            payment.reference(),
                            payment.payerName(),
                            payment.payerIban(),
                            null,
                            StatementEntries.cut("Statement entry " + entry.id() + " taken back", 500)),
                    List.of(),
                    by);
        }
        return entry.paymentId();
    }

    private StatementEntry waiting(long entryId) {
        StatementEntry entry = entries.get(entryId);
        if (entry.state() != EntryState.NEW) {
            throw new BillingRuleViolation("version", "billing.statements.error.not-waiting");
        }
        return entry;
    }

    private StatementEntry waitingCredit(long entryId) {
        StatementEntry entry = waiting(entryId);
        if (!entry.isCredit()) {
            throw new BillingRuleViolation("invoiceId", "billing.statements.error.debit-match");
        }
        return entry;
    }

    private static String text(@Nullable String typed, String field, String key) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > TEXT_MAX) {
            throw new BillingRuleViolation(field, key, TEXT_MAX);
        }
        return text;
    }
}
