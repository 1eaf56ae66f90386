package fr.guichet.billing.statements;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Iban;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The open invoices a waiting credit entry most likely pays, best first: an invoice whose number the payer wrote
 * scores 50, an open amount equal to the entry's 30, a customer known by the payer's IBAN or named in the line 20.
 */
@Component
class Suggestions {

    static final int REFERENCE = 50;
    static final int AMOUNT = 30;
    static final int CUSTOMER = 20;
    private static final int PER_SOURCE = 20;

    private final OpenInvoices invoices;
    private final CustomerManagement customers;

    Suggestions(OpenInvoices invoices, CustomerManagement customers) {
        this.invoices = invoices;
        this.customers = customers;
    }

    List<Suggestion> of(StatementEntry entry, int limit) {
        if (!entry.isCredit()) {
            return List.of();
        }
        String text = (entry.remittance() == null ? "" : entry.remittance()) + " " + entry.label();
        List<OpenInvoice> numbered = invoices.byNumbers(InvoiceNumbersInText.find(text, invoices.series()));
        Set<Long> byNumber = numbered.stream().map(OpenInvoice::id).collect(Collectors.toSet());
        Map<Long, OpenInvoice> candidates = new LinkedHashMap<>();
        numbered.forEach(i -> candidates.put(i.id(), i));
        Set<Long> known = knownCustomers(entry);
        for (long customer : known) {
            invoices.ofCustomer(customer, PER_SOURCE).forEach(i -> candidates.putIfAbsent(i.id(), i));
        }
        invoices.ofAmount(entry.amount(), PER_SOURCE).forEach(i -> candidates.putIfAbsent(i.id(), i));
        Map<Long, String> names = customers.names(
                candidates.values().stream().map(OpenInvoice::organisationId).toList());
        List<Suggestion> scored = new ArrayList<>();
        for (OpenInvoice invoice : candidates.values()) {
            List<String> reasons = new ArrayList<>();
            int score = 0;
            if (byNumber.contains(invoice.id())) {
                score += REFERENCE;
                reasons.add("billing.statements.suggestion.reference");
            }
            if (invoice.open().equals(entry.amount())) {
                score += AMOUNT;
                reasons.add("billing.statements.suggestion.amount");
            }
            if (known.contains(invoice.organisationId())) {
                score += CUSTOMER;
                reasons.add("billing.statements.suggestion.customer");
            }
            scored.add(new Suggestion(invoice, names.getOrDefault(invoice.organisationId(), ""), score, reasons));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Suggestion::score)
                        .reversed()
                        .thenComparing(s -> s.invoice().id()))
                .limit(limit)
                .toList();
    }

    private Set<Long> knownCustomers(StatementEntry entry) {
        Set<Long> known = new java.util.HashSet<>();
        String iban = entry.counterpartyIban();
        if (iban != null && Iban.isValid(iban)) {
            known.addAll(invoices.customersPayingFrom(Iban.of(iban).value()));
        }
        List<Long> open = invoices.customersWithOpenInvoices();
        if (!open.isEmpty()) {
            String line = entry.label() + " " + (entry.counterpartyName() == null ? "" : entry.counterpartyName());
            CustomerNames.named(line, customers.names(open)).ifPresent(known::add);
        }
        return known;
    }
}
