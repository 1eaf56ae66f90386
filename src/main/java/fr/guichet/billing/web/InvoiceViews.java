package fr.guichet.billing.web;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDeposit;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceLine;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.InvoiceTotals;
import fr.guichet.billing.LifecycleStatus;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** How the API shows an invoice. */
final class InvoiceViews {

    private InvoiceViews() {}

    record InvoiceLineView(
            String itemCode,
            String description,
            BigDecimal quantity,
            Unit unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            VatRate vatRate,
            String exemptionNote,
            BigDecimal net,
            Long requestId,
            Long workEntryId) {

        static InvoiceLineView of(InvoiceLine l) {
            return new InvoiceLineView(
                    l.itemCode(),
                    l.description(),
                    l.quantity(),
                    l.unit(),
                    l.unitPrice(),
                    l.discountPercent(),
                    l.vatRate(),
                    l.exemptionNote(),
                    l.net(),
                    l.requestId(),
                    l.workEntryId());
        }
    }

    record InvoiceVatView(VatRate vatRate, BigDecimal base, BigDecimal vat) {

        static InvoiceVatView of(InvoiceTotals.RateTotal r) {
            return new InvoiceVatView(r.rate(), r.base().amount(), r.vat().amount());
        }
    }

    record InvoiceDepositView(String number, LocalDate issueDate, BigDecimal gross) {

        static InvoiceDepositView of(InvoiceDeposit d) {
            return new InvoiceDepositView(d.number(), d.issueDate(), d.gross());
        }
    }

    record InvoiceView(
            long id,
            InvoiceKind kind,
            InvoiceStatus status,
            LifecycleStatus lifecycle,
            String number,
            long organisationId,
            LocalDate issueDate,
            LocalDate serviceFrom,
            LocalDate serviceTo,
            LocalDate dueDate,
            int paymentTermsDays,
            boolean paymentTermsEndOfMonth,
            String purchaseOrder,
            Long quoteId,
            Long contractId,
            Long creditedInvoiceId,
            List<InvoiceLineView> lines,
            List<InvoiceVatView> vat,
            BigDecimal totalNet,
            BigDecimal totalVat,
            BigDecimal totalGross,
            List<InvoiceDepositView> deposits,
            BigDecimal amountDue,
            BigDecimal paid,
            BigDecimal credited,
            BigDecimal balance,
            boolean overdue,
            int version) {

        static InvoiceView of(Invoice i, LocalDate today) {
            return new InvoiceView(
                    i.getId(),
                    i.getKind(),
                    i.getStatus(),
                    i.getLifecycle(),
                    i.getNumber(),
                    i.getOrganisationId(),
                    i.getIssueDate(),
                    i.getServiceFrom(),
                    i.getServiceTo(),
                    i.getDueDate(),
                    i.paymentTerms().days(),
                    i.paymentTerms().endOfMonth(),
                    i.getPurchaseOrder(),
                    i.getQuoteId(),
                    i.getContractId(),
                    i.getCreditedInvoiceId(),
                    i.getLines().stream().map(InvoiceLineView::of).toList(),
                    i.totals().rates().stream().map(InvoiceVatView::of).toList(),
                    i.totalNet().amount(),
                    i.totalVat().amount(),
                    i.totalGross().amount(),
                    i.getDeposits().stream().map(InvoiceDepositView::of).toList(),
                    i.amountDue().amount(),
                    i.paidAmount().amount(),
                    i.creditedAmount().amount(),
                    i.balance().amount(),
                    i.isOverdue(today),
                    i.getVersion());
        }
    }
}
