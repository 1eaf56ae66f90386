package fr.guichet.billing;

import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What another module asks billing to draft: the customer, the kind, the service period, where it comes from (a quote,
 * a contract's period, recorded work) and the lines. A draft has no number; its lines are checked by the invoice's
 * rules and refused whole with a {@link fr.guichet.shared.RuleViolation} naming the field.
 *
 * @param quoteId the accepted quote it bills (deposits of the same quote are deducted from its final invoice)
 * @param contractId the contract whose period it bills, with {@code serviceFrom}: one invoice per contract and period
 * @param creditedInvoiceId for a credit note, the validated invoice it corrects
 */
public record InvoiceDraft(
        long organisationId,
        InvoiceKind kind,
        @Nullable LocalDate serviceFrom,
        @Nullable LocalDate serviceTo,
        @Nullable String purchaseOrder,
        @Nullable Long quoteId,
        @Nullable Long contractId,
        @Nullable Long creditedInvoiceId,
        List<Line> lines) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }

    /**
     * A line: from the catalogue ({@code itemCode}) or free; quantity, unit, unit price excluding VAT, discount in
     * percent, VAT rate and, at 0 %, the reason (e.g. "TVA non applicable, art. 293 B du CGI"); the request and the
     * recorded work it bills, when it bills some.
     */
    public record Line(
            @Nullable String itemCode,
            String description,
            BigDecimal quantity,
            Unit unit,
            Money unitPrice,
            BigDecimal discountPercent,
            VatRate vatRate,
            @Nullable String exemptionNote,
            @Nullable Long requestId,
            @Nullable Long workEntryId) {}
}
