package fr.guichet.billing.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceLineInput;
import fr.guichet.billing.PaymentTerms;
import fr.guichet.shared.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of billing's pages: what was typed is kept, each refusal shown next to its field. */
final class InvoiceForms {

    private InvoiceForms() {}

    /** A new draft. */
    record NewInvoiceForm(
            @Nullable Long organisationId,
            @Nullable InvoiceKind kind,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate serviceFrom,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate serviceTo,

            @Nullable String purchaseOrder) {

        static NewInvoiceForm blank(@Nullable Long organisationId) {
            return new NewInvoiceForm(organisationId, InvoiceKind.INVOICE, null, null, null);
        }
    }

    /** A line to add to a draft: a catalogue item (fills what is left empty) or a free line. */
    record LineForm(
            @Nullable String itemCode,
            @Nullable String description,
            @Nullable String quantity,
            @Nullable String unit,
            @Nullable String unitPrice,
            @Nullable String discountPercent,
            @Nullable String vatRate,
            @Nullable String exemptionNote,
            int version) {

        static LineForm blank(int version) {
            return new LineForm(null, null, "1", null, null, "0", null, null, version);
        }

        InvoiceLineInput.Typed typed() {
            return new InvoiceLineInput.Typed(
                    itemCode,
                    description,
                    typedQuantity(),
                    unit,
                    InvoiceForms.blank(unitPrice)
                            ? null
                            : number(unitPrice, 12, "unitPrice", "billing.error.unit-price"),
                    InvoiceForms.blank(discountPercent)
                            ? null
                            : number(discountPercent, 3, "discountPercent", "billing.error.discount"),
                    vatRate,
                    exemptionNote,
                    null);
        }

        /** The quantity typed; one with a minus sign is refused as negative, whatever its decimals. */
        BigDecimal typedQuantity() {
            String typed = quantity == null ? "" : quantity.strip();
            if (typed.startsWith("-") || typed.startsWith("\u2212")) {
                throw new BillingRuleViolation("quantity", "billing.error.quantity-negative");
            }
            return number(typed, 10, "quantity", "billing.error.quantity");
        }
    }

    /** A draft's period, purchase order, payment terms and notes. */
    record HeaderForm(
            @Nullable String serviceFrom,
            @Nullable String serviceTo,

            @Nullable String purchaseOrder,
            @Nullable String paymentTermsDays,
            boolean paymentTermsEndOfMonth,
            @Nullable String notes,
            int version) {

        static HeaderForm of(Invoice invoice) {
            return new HeaderForm(
                    invoice.getServiceFrom() == null
                            ? null
                            : invoice.getServiceFrom().toString(),
                    invoice.getServiceTo() == null
                            ? null
                            : invoice.getServiceTo().toString(),
                    invoice.getPurchaseOrder(),
                    String.valueOf(invoice.paymentTerms().days()),
                    invoice.paymentTerms().endOfMonth(),
                    invoice.getNotes(),
                    invoice.getVersion());
        }

        /** The period's first day, as typed (a date field sends yyyy-MM-dd); a text that is no date is said so. */
        @Nullable
        LocalDate from() {
            return date(serviceFrom, "serviceFrom");
        }

        @Nullable
        LocalDate to() {
            return date(serviceTo, "serviceTo");
        }

        private static @Nullable LocalDate date(@Nullable String typed, String field) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(typed.strip());
            } catch (java.time.format.DateTimeParseException notADate) {
                throw new BillingRuleViolation(field, "billing.error.date");
            }
        }

        PaymentTerms terms() {
            BigDecimal days = number(paymentTermsDays, 3, "paymentTermsDays", "billing.error.terms-days");
            if (days.scale() > 0 && days.stripTrailingZeros().scale() > 0) {
                throw new BillingRuleViolation("paymentTermsDays", "billing.error.terms-days");
            }
            return new PaymentTerms(days.intValue(), paymentTermsEndOfMonth);
        }
    }

    static BigDecimal number(@Nullable String typed, int integerDigits, String field, String key) {
        return Decimals.parse(typed == null ? "" : typed, integerDigits, 2)
                .orElseThrow(() -> new BillingRuleViolation(field, key));
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
