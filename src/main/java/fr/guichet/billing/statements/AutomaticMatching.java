package fr.guichet.billing.statements;

import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        String text = (entry.remittance() == null ? "" : entry.remittance()) + " " + entry.label();
        List<OpenInvoice> found = invoices.byNumbers(InvoiceNumbersInText.find(text, lookups.series()));
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
