package fr.guichet.billing.statements;

import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which open invoices a credit entry pays, when that is beyond doubt, and why (ADR 0040): first the invoice numbers the
 * payer wrote (remittance information or label); else the customer — known by an IBAN they paid from before, or named
 * in the line — with exactly one open invoice of exactly the entry's amount. Anything less certain waits for a clerk.
 */
@Component
class AutomaticMatching {

    static final String BY_NUMBER = "billing.statements.match.by-number";
    static final String BY_NUMBERS = "billing.statements.match.by-numbers";
    static final String BY_AMOUNT_IBAN = "billing.statements.match.by-amount-iban";
    static final String BY_AMOUNT_NAME = "billing.statements.match.by-amount-name";

    private static final int CUSTOMER_INVOICES = 500;

    /** A customer's open invoices read at once for the matching of pages: a window and two pages. */
    static final int LOADED = CUSTOMER_INVOICES + 2 * StatementImporting.PAGE;

    /** A customer's open invoices due first as read, and whether they had more. */
    static final class Loaded extends ArrayList<OpenInvoice> {

        private final boolean more;

        Loaded(List<OpenInvoice> read, int limit) {
            super(read);
            this.more = read.size() >= limit;
        }

        boolean more() {
            return more;
        }
    }

    private final OpenInvoices invoices;
    private final CustomerManagement customers;

    AutomaticMatching(OpenInvoices invoices, CustomerManagement customers) {
        this.invoices = invoices;
        this.customers = customers;
    }

    /**
     * What an import's entries look up alike, read once per import rather than once per entry: the invoice series,
     * and the customers with open invoices with their names. Both only narrow the candidates: whether an invoice is
     * still open, and of what amount, is read afresh for each entry.
     */
    final class Lookups {

        private @Nullable List<String> series;
        private @Nullable Map<Long, String> names;
        /**
         * Customers' open invoices due first, read for a page's matching and kept up to date since with what the
         * import paid: {@link #LOADED} at most each, read again before a page when fewer than a window and a page
         * are left of a customer who has more (so that the window of {@link #CUSTOMER_INVOICES} due first is always
         * whole, as when it is read for each entry).
         */
        private final Map<Long, List<OpenInvoice>> dueFirst = new HashMap<>();

        List<String> series() {
            if (series == null) {
                series = invoices.series();
            }
            return series;
        }

        Map<Long, String> names() {
            if (names == null) {
                List<Long> open = invoices.customersWithOpenInvoices();
                names = open.isEmpty() ? Map.of() : customers.names(open);
            }
            return names;
        }

        /** The customers' open invoices due first; those not read yet by this import read together. */
        Map<Long, List<OpenInvoice>> dueFirst(Collection<Long> organisationIds) {
            List<Long> missing = organisationIds.stream()
                    .filter(id -> !dueFirst.containsKey(id) || runningShort(dueFirst.get(id)))
                    .toList();
            if (!missing.isEmpty()) {
                dueFirst.putAll(invoices.ofCustomers(missing, LOADED));
            }
            return dueFirst;
        }

        /** Fewer left than a window and a page, of a customer who had more than were read. */
        private boolean runningShort(List<OpenInvoice> read) {
            return read instanceof Loaded loaded
                    && loaded.more()
                    && loaded.size() < CUSTOMER_INVOICES + StatementImporting.PAGE;
        }

        /** What a page recorded, committed: its invoices ask that much less. */
        void paid(Collection<MatchProposal> recorded) {
            for (MatchProposal proposal : recorded) {
                List<OpenInvoice> theirs = dueFirst.get(proposal.organisationId());
                if (theirs == null) {
                    continue;
                }
                for (NewAllocation share : proposal.shares()) {
                    theirs.replaceAll(i -> i.id() == share.invoiceId() ? less(i, share.amount()) : i);
                    theirs.removeIf(i -> i.open().amount().signum() <= 0);
                }
            }
        }

        /** What a page left to the rules one entry at a time did is not known here: the invoices are read again. */
        void forgetInvoices() {
            dueFirst.clear();
        }
    }

    /** A match proposed for an entry of a page. */
    record Proposed(StatementEntry entry, MatchProposal proposal) {}

    /**
     * The matches of a page of entries, with the rules of {@link #propose} applied to each in the page's order, its
     * lookups made once for the page: the invoice numbers written in any of its entries (one query), the customers
     * who paid from any of its IBANs before (one query), the open invoices due first of the customers it may name
     * (one query, once per import: kept up to date with what the import pays). What an entry's match takes from an
     * invoice, or the IBAN it teaches, counts for the entries after it, as when each entry is matched in turn.
     * Only new credit entries without a payment are proposed for.
     */
    List<Proposed> proposeAll(List<StatementEntry> page, Lookups lookups) {
        List<StatementEntry> credits = page.stream()
                .filter(e -> e.isCredit() && e.state() == EntryState.NEW && e.paymentId() == null)
                .toList();
        Map<Long, List<String>> numbersOf = new HashMap<>();
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> ibans = new LinkedHashSet<>();
        for (StatementEntry entry : credits) {
            List<String> written = InvoiceNumbersInText.find(writtenBy(entry), lookups.series());
            numbersOf.put(entry.id(), written);
            numbers.addAll(written);
            String iban = ibanOf(entry);
            if (iban != null) {
                ibans.add(iban);
            }
        }
        Map<String, List<OpenInvoice>> byNumber = new HashMap<>();
        for (OpenInvoice invoice : invoices.byNumbersAll(numbers)) {
            byNumber.computeIfAbsent(invoice.number(), n -> new ArrayList<>()).add(invoice);
        }
        Map<String, Set<Long>> payers = ibans.isEmpty() ? new HashMap<>() : invoices.customersPayingFromAll(ibans);
        Set<Long> customersNamed = new HashSet<>();
        payers.values().forEach(customersNamed::addAll);
        byNumber.values().forEach(list -> list.forEach(i -> customersNamed.add(i.organisationId())));
        Map<Long, String> names = lookups.names();
        for (StatementEntry entry : credits) {
            if (!names.isEmpty()) {
                CustomerNames.named(nameLine(entry), names).ifPresent(customersNamed::add);
            }
        }
        Map<Long, List<OpenInvoice>> dueFirst = lookups.dueFirst(customersNamed);
        Map<Long, Money> taken = new HashMap<>();
        List<Proposed> proposed = new ArrayList<>();
        for (StatementEntry entry : credits) {
            Optional<MatchProposal> match = byNumber(entry, numbersOf.get(entry.id()), byNumber, taken);
            if (match.isEmpty()) {
                match = byAmountAndCustomer(entry, payers, names, dueFirst, taken);
            }
            if (match.isPresent()) {
                MatchProposal proposal = match.get();
                proposed.add(new Proposed(entry, proposal));
                for (NewAllocation share : proposal.shares()) {
                    taken.merge(share.invoiceId(), share.amount(), Money::plus);
                }
                String iban = ibanOf(entry);
                if (iban != null) {
                    payers.computeIfAbsent(iban, i -> new HashSet<>()).add(proposal.organisationId());
                }
            }
        }
        return proposed;
    }

    /** As {@link #byNumber(StatementEntry, Lookups)}, the numbers' invoices read for the page. */
    private static Optional<MatchProposal> byNumber(
            StatementEntry entry,
            List<String> written,
            Map<String, List<OpenInvoice>> byNumber,
            Map<Long, Money> taken) {
        List<OpenInvoice> found = written.stream()
                .flatMap(n -> byNumber.getOrDefault(n, List.of()).stream())
                .map(i -> less(i, taken.get(i.id())))
                .filter(i -> i.open().amount().signum() > 0)
                .distinct()
                .sorted(Comparator.comparing(OpenInvoice::issueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(OpenInvoice::id))
                .toList();
        return shares(entry, found);
    }

    /** As {@link #byAmountAndCustomer(StatementEntry, Lookups)}, with the page's lookups. */
    private static Optional<MatchProposal> byAmountAndCustomer(
            StatementEntry entry,
            Map<String, Set<Long>> payers,
            Map<Long, String> names,
            Map<Long, List<OpenInvoice>> dueFirst,
            Map<Long, Money> taken) {
        String iban = ibanOf(entry);
        if (iban != null) {
            Set<Long> theirs = payers.getOrDefault(iban, Set.of());
            if (theirs.size() == 1) {
                long customer = theirs.iterator().next();
                return theOneOfThatAmount(entry, dueFirst.getOrDefault(customer, List.of()), taken)
                        .map(invoice -> proposal(
                                entry, invoice, BY_AMOUNT_IBAN, Iban.of(iban).formatted()));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return CustomerNames.named(nameLine(entry), names)
                .flatMap(customer -> theOneOfThatAmount(entry, dueFirst.getOrDefault(customer, List.of()), taken)
                        .map(invoice -> proposal(entry, invoice, BY_AMOUNT_NAME, names.get(customer))));
    }

    private static Optional<OpenInvoice> theOneOfThatAmount(
            StatementEntry entry, List<OpenInvoice> dueFirst, Map<Long, Money> taken) {
        List<OpenInvoice> ofAmount = dueFirst.stream()
                .map(i -> less(i, taken.get(i.id())))
                .filter(i -> i.open().amount().signum() > 0)
                .limit(CUSTOMER_INVOICES)
                .filter(i -> i.open().equals(entry.amount()))
                .toList();
        return ofAmount.size() == 1 ? Optional.of(ofAmount.get(0)) : Optional.empty();
    }

    private static OpenInvoice less(OpenInvoice invoice, @Nullable Money paid) {
        return paid == null
                ? invoice
                : new OpenInvoice(
                        invoice.id(),
                        invoice.number(),
                        invoice.organisationId(),
                        invoice.open().minus(paid),
                        invoice.issueDate(),
                        invoice.dueDate());
    }

    private static String writtenBy(StatementEntry entry) {
        return (entry.remittance() == null ? "" : entry.remittance()) + " " + entry.label();
    }

    private static String nameLine(StatementEntry entry) {
        return entry.label() + " " + (entry.counterpartyName() == null ? "" : entry.counterpartyName());
    }

    /** The entry's IBAN as payments keep it, when it is one. */
    private static @Nullable String ibanOf(StatementEntry entry) {
        String iban = entry.counterpartyIban();
        return iban != null && Iban.isValid(iban) ? Iban.of(iban).value() : null;
    }

    Lookups lookups() {
        return new Lookups();
    }

    Optional<MatchProposal> propose(StatementEntry entry) {
        return propose(entry, lookups());
    }

    Optional<MatchProposal> propose(StatementEntry entry, Lookups lookups) {
        if (!entry.isCredit()) {
            return Optional.empty();
        }
        Optional<MatchProposal> byNumber = byNumber(entry, lookups);
        return byNumber.isPresent() ? byNumber : byAmountAndCustomer(entry, lookups);
    }

    /** The invoice numbers found in what the payer wrote: the first one's customer's open invoices among them. */
    private Optional<MatchProposal> byNumber(StatementEntry entry, Lookups lookups) {
        return shares(entry, invoices.byNumbers(InvoiceNumbersInText.find(writtenBy(entry), lookups.series())));
    }

    /** The first found invoice's customer's invoices among those found, paid in their order while the entry lasts. */
    private static Optional<MatchProposal> shares(StatementEntry entry, List<OpenInvoice> found) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long customer = found.get(0).organisationId();
        List<OpenInvoice> theirs =
                found.stream().filter(i -> i.organisationId() == customer).toList();
        List<NewAllocation> shares = new ArrayList<>();
        Money left = entry.amount();
        List<String> numbers = new ArrayList<>();
        for (OpenInvoice invoice : theirs) {
            if (left.amount().signum() <= 0) {
                break;
            }
            Money share = invoice.open().compareTo(left) < 0 ? invoice.open() : left;
            shares.add(new NewAllocation(invoice.id(), share));
            numbers.add(invoice.number());
            left = left.minus(share);
        }
        return Optional.of(new MatchProposal(
                customer, shares, numbers.size() == 1 ? BY_NUMBER : BY_NUMBERS, List.of(String.join(", ", numbers))));
    }

    private Optional<MatchProposal> byAmountAndCustomer(StatementEntry entry, Lookups lookups) {
        String iban = entry.counterpartyIban();
        if (iban != null && Iban.isValid(iban)) {
            List<Long> payers = invoices.customersPayingFrom(Iban.of(iban).value());
            if (payers.size() == 1) {
                return theOneOfThatAmount(entry, payers.get(0))
                        .map(invoice -> proposal(
                                entry, invoice, BY_AMOUNT_IBAN, Iban.of(iban).formatted()));
            }
        }
        Map<Long, String> names = lookups.names();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String line = entry.label() + " " + (entry.counterpartyName() == null ? "" : entry.counterpartyName());
        return CustomerNames.named(line, names)
                .flatMap(customer -> theOneOfThatAmount(entry, customer)
                        .map(invoice -> proposal(entry, invoice, BY_AMOUNT_NAME, names.get(customer))));
    }

    private Optional<OpenInvoice> theOneOfThatAmount(StatementEntry entry, long customer) {
        List<OpenInvoice> ofAmount = invoices.ofCustomer(customer, CUSTOMER_INVOICES).stream()
                .filter(i -> i.open().equals(entry.amount()))
                .toList();
        return ofAmount.size() == 1 ? Optional.of(ofAmount.get(0)) : Optional.empty();
    }

    private static MatchProposal proposal(StatementEntry entry, OpenInvoice invoice, String key, String why) {
        return new MatchProposal(
                invoice.organisationId(),
                List.of(new NewAllocation(invoice.id(), entry.amount())),
                key,
                List.of(invoice.number(), why));
    }
}
