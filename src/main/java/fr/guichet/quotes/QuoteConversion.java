package fr.guichet.quotes;

import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractBilling;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accepted quote turned, in one action and one transaction, into a contract (its recurring lines, from the
 * catalogue, activated for a year renewed yearly, invoiced in advance at its lines' recurrence, as drafts) and/or an invoice (its one-off lines) or a deposit invoice (a share of
 * the one-off lines, one line per VAT rate), drafted through billing's {@link InvoiceDrafting}; each at most once.
 */
@Service
@Transactional
public class QuoteConversion {

    /** What to make of an accepted quote. {@code invoice} none: no invoice; {@code depositPercent} for a deposit. */
    public record Order(boolean contract, InvoiceKind invoice, int depositPercent) {

        public static final Order NOTHING = new Order(false, null, 0);
    }

    /** What was made: the quote as it stands, and the ids of the contract and invoice made now (0: none). */
    public record Made(Quote quote, long contractId, long invoiceId) {}

    private final QuoteManagement quotes;
    private final ContractManagement contracts;
    private final ObjectProvider<InvoiceDrafting> invoices;
    private final MessageSource messages;

    QuoteConversion(
            QuoteManagement quotes,
            ContractManagement contracts,
            ObjectProvider<InvoiceDrafting> invoices,
            MessageSource messages) {
        this.messages = messages;
        this.quotes = quotes;
        this.contracts = contracts;
        this.invoices = invoices;
    }

    public Made convert(long id, int version, Order order, String by) {
        Quote quote = quotes.get(id);
        if (quote.getStatus() != QuoteStatus.ACCEPTED) {
            throw new QuoteRuleViolation("status", "quotes.error.not-accepted");
        }
        if (!order.contract() && order.invoice() == null) {
            throw new QuoteRuleViolation("status", "quotes.error.nothing-to-make");
        }
        long contractId = 0;
        long invoiceId = 0;
        if (order.contract()) {
            contractId = contract(quote);
            quote = quotes.madeContract(id, version, contractId);
            version = quote.getVersion();
        }
        if (order.invoice() != null) {
            InvoiceDrafting drafting = invoices.getIfAvailable();
            boolean depositMade = quote.getInvoiceId() != null
                    && drafting != null
                    && drafting.kindOf(quote.getInvoiceId()) == InvoiceKind.DEPOSIT;
            if (depositMade && order.invoice() == InvoiceKind.INVOICE) {
                // the balance: the one-off lines in full, the deposit deducted when the invoice is validated
                invoiceId = invoice(quote, order, by);
                quote = quotes.madeFinalInvoice(id, version, invoiceId, true);
            } else {
                if (quote.getInvoiceId() != null) {
                    throw new QuoteRuleViolation("status", "quotes.error.invoice-made");
                }
                invoiceId = invoice(quote, order, by);
                quote = quotes.madeInvoice(id, version, invoiceId);
            }
        }
        return new Made(quote, contractId, invoiceId);
    }

    private long contract(Quote quote) {
        if (quote.getContractId() != null) {
            throw new QuoteRuleViolation("status", "quotes.error.contract-made");
        }
        List<QuoteLine> recurring = quote.getLines().stream()
                .filter(l -> l.recurrence().isRecurring())
                .toList();
        if (recurring.isEmpty()) {
            throw new QuoteRuleViolation("status", "quotes.error.no-recurring");
        }
        if (recurring.stream().anyMatch(l -> l.itemCode() == null)) {
            throw new QuoteRuleViolation("status", "quotes.error.recurring-free");
        }
        LocalDate start = contracts.today();
        Contract contract = contracts.draft(
                quote.getOrganisationId(),
                quote.getTitle(),
                new ContractTerms(start, start.plusYears(1).minusDays(1), true, 12, 30));
        for (QuoteLine line : recurring) {
            contract = contracts.addLine(
                    contract.getId(), contract.getVersion(), line.itemCode(), line.quantity(), line.discountPercent());
        }
        contract = contracts.activate(contract.getId(), contract.getVersion());
        // invoiced by Guichet as its lines recur (the most frequent recurrence), in advance, drafts for billing to
        // check
        return contracts
                .changeBilling(
                        contract.getId(),
                        contract.getVersion(),
                        new ContractBilling(frequencyOf(recurring), BillingTiming.IN_ADVANCE, false, null))
                .getId();
    }

    /** The recurrence most of the lines have; on a tie, the shorter period. */
    static BillingFrequency frequencyOf(List<QuoteLine> recurring) {
        Map<Recurrence, Long> counts = recurring.stream()
                .collect(Collectors.groupingBy(
                        QuoteLine::recurrence, () -> new EnumMap<>(Recurrence.class), Collectors.counting()));
        Recurrence most = counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Recurrence, Long>::getValue)
                        .thenComparing(e -> -e.getKey().months()))
                .orElseThrow()
                .getKey();
        return BillingFrequency.valueOf(most.name());
    }

    private long invoice(Quote quote, Order order, String by) {
        InvoiceDrafting drafting = invoices.getIfAvailable();
        if (drafting == null) {
            throw new QuoteRuleViolation("status", "quotes.error.billing-unavailable");
        }
        List<QuoteLine> oneOff = quote.getLines().stream()
                .filter(l -> !l.recurrence().isRecurring())
                .toList();
        if (oneOff.isEmpty()) {
            throw new QuoteRuleViolation("status", "quotes.error.no-one-off");
        }
        List<InvoiceDraft.Line> lines = order.invoice() == InvoiceKind.DEPOSIT
                ? depositLines(quote, oneOff, order.depositPercent(), messages)
                : oneOff.stream()
                        .map(l -> new InvoiceDraft.Line(
                                l.itemCode(),
                                l.description(),
                                l.quantity(),
                                l.unit(),
                                l.price(),
                                l.discountPercent(),
                                l.vatRate(),
                                l.exemptionNote(),
                                quote.getRequestId(),
                                null))
                        .toList();
        InvoiceKind kind = order.invoice() == InvoiceKind.DEPOSIT ? InvoiceKind.DEPOSIT : InvoiceKind.INVOICE;
        return drafting.draft(
                        new InvoiceDraft(
                                quote.getOrganisationId(), kind, null, null, null, quote.getId(), null, null, lines),
                        by)
                .id();
    }

    /** A deposit: {@code percent} of each VAT rate's one-off base, one line per rate, rounded to the cent. */
    static List<InvoiceDraft.Line> depositLines(
            Quote quote, List<QuoteLine> oneOff, int percent, MessageSource messages) {
        if (percent < 1 || percent > 100) {
            throw new QuoteRuleViolation("depositPercent", "quotes.error.deposit-percent");
        }
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        for (QuoteTotals.PerRate rate : QuoteTotals.of(oneOff).perRate()) {
            Money base = rate.base().times(BigDecimal.valueOf(percent).movePointLeft(2));
            String note = rate.rate() == VatRate.ZERO
                    ? oneOff.stream()
                            .filter(l -> l.vatRate() == VatRate.ZERO)
                            .map(QuoteLine::exemptionNote)
                            .findFirst()
                            .orElse(null)
                    : null;
            lines.add(new InvoiceDraft.Line(
                    null,
                    messages.getMessage(
                            "quotes.deposit.line",
                            new Object[] {percent, quote.getReference(), quote.getTitle()},
                            quote.getLanguage().locale()),
                    BigDecimal.ONE.setScale(2, RoundingMode.UNNECESSARY),
                    Unit.PACKAGE,
                    base,
                    BigDecimal.ZERO,
                    rate.rate(),
                    note,
                    quote.getRequestId(),
                    null));
        }
        return lines;
    }
}
