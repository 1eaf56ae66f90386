package fr.guichet.billing;

import fr.guichet.billing.InvoiceDocument.OperationCategory;
import fr.guichet.catalogue.Unit;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.NotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers every mandatory mention of an issued invoice into its {@link InvoiceDocument}: the parties as they were at
 * validation, the lines and the VAT per rate, the deposits deducted, the invoice it corrects (a credit note), the
 * payment terms, the late-payment interest, the 40 € indemnity for business customers, the discount terms, the
 * category of the operation, VAT on debits. The renderer ({@link InvoiceRendering}) only lays it out.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceDocuments {

    private final InvoiceManagement invoices;
    private final RequestManagement requests;
    private final ObjectProvider<DirectDebitNotices> debits;

    InvoiceDocuments(
            InvoiceManagement invoices, RequestManagement requests, ObjectProvider<DirectDebitNotices> debits) {
        this.invoices = invoices;
        this.requests = requests;
        this.debits = debits;
    }

    /** The document of an issued invoice; a draft has none (it has no number). */
    public InvoiceDocument of(long invoiceId) {
        return of(invoices.get(invoiceId));
    }

    public InvoiceDocument of(Invoice invoice) {
        if (!invoice.getStatus().isIssued()) {
            throw new BillingRuleViolation("status", "billing.error.not-validated");
        }
        InvoiceParties parties = invoices.partiesOf(invoice);
        Invoice credited = invoice.getCreditedInvoiceId() == null ? null : invoices.get(invoice.getCreditedInvoiceId());
        Map<Long, String> references = new HashMap<>();
        List<InvoiceDocument.Line> lines = invoice.getLines().stream()
                .map(line -> new InvoiceDocument.Line(
                        line.description(),
                        line.quantity(),
                        line.unit(),
                        line.unitPriceAmount(),
                        line.discountPercent(),
                        line.vatRate(),
                        line.netAmount(),
                        line.exemptionNote(),
                        line.requestId() == null
                                ? null
                                : references.computeIfAbsent(line.requestId(), this::referenceOf)))
                .toList();
        InvoiceTotals totals = invoice.totals();
        return new InvoiceDocument(
                invoice.getKind(),
                invoice.getNumber(),
                invoice.getIssueDate(),
                invoice.getServiceFrom(),
                invoice.getServiceTo(),
                invoice.getDueDate(),
                Locale.forLanguageTag(parties.language()),
                parties.seller(),
                parties.buyer(),
                parties.delivery(),
                invoice.getPurchaseOrder(),
                credited == null ? null : credited.getNumber(),
                credited == null ? null : credited.getIssueDate(),
                lines,
                totals.rates().stream()
                        .map(rate -> new InvoiceDocument.VatSummary(
                                rate.rate(), rate.base(), rate.vat(), rate.exemptionNote()))
                        .toList(),
                invoice.totalNet(),
                invoice.totalVat(),
                invoice.totalGross(),
                invoice.getDeposits().stream()
                        .map(deposit -> new InvoiceDocument.Deposit(
                                deposit.number(), deposit.issueDate(), deposit.grossAmount()))
                        .toList(),
                invoice.prepaidAmount(),
                invoice.amountDue(),
                categoryOf(invoice.getLines()),
                invoice.isVatOnDebits(),
                invoice.getLateInterestRate(),
                parties.businessCustomer(),
                invoice.getEarlyPaymentDiscount(),
                invoice.paymentTerms().days(),
                invoice.paymentTerms().endOfMonth(),
                invoice.getNumber(),
                parties.iban(),
                parties.bic(),
                invoice.getNotes(),
                directDebitOf(invoice));
    }

    /**
     * Goods or services: a line counted in pieces sells goods, every other unit (hours, days, months, users, devices,
     * packages) a service.
     */
    static OperationCategory categoryOf(List<InvoiceLine> lines) {
        boolean goods = lines.stream().anyMatch(line -> line.unit() == Unit.PIECE);
        boolean services = lines.stream().anyMatch(line -> line.unit() != Unit.PIECE);
        return goods && services
                ? OperationCategory.MIXED
                : goods ? OperationCategory.GOODS : OperationCategory.SERVICES;
    }

    /** The debit an invoice (not a credit note) announces, when its customer's mandate pays it. */
    private InvoiceDocument.@Nullable DirectDebit directDebitOf(Invoice invoice) {
        DirectDebitNotices notices = debits.getIfAvailable();
        if (notices == null || invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            return null;
        }
        return notices.noticeOf(invoice).orElse(null);
    }

    private @Nullable String referenceOf(long requestId) {
        try {
            return requests.get(requestId).getReference();
        } catch (NotFound gone) {
            return null;
        }
    }
}
