package fr.guichet.billing;

import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of an invoice: what was sold (from the catalogue or free), the quantity, unit price excluding VAT, discount
 * and VAT rate, and its net amount rounded to the cent. Quantities are positive on every kind of invoice, credit notes
 * included (a credit note's amounts are positive, its kind says it is a credit). A line at 0 % says why.
 */
@Table("billing_invoice_line")
public record InvoiceLine(
        @Nullable String itemCode,
        String description,
        BigDecimal quantity,
        Unit unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        VatRate vatRate,
        @Nullable String exemptionNote,
        BigDecimal net,
        @Nullable Long requestId,
        @Nullable Long workEntryId) {

    public static final int DESCRIPTION_MAX = 500;
    public static final int EXEMPTION_MAX = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks a line as typed or sent by another module, and computes its net amount. */
    public static InvoiceLine of(InvoiceDraft.Line line) {
        String description =
                line.description() == null ? "" : line.description().strip();
        if (description.isEmpty()) {
            throw new BillingRuleViolation("description", "billing.error.description");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new BillingRuleViolation("description", "billing.error.description-too-long", DESCRIPTION_MAX);
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null) {
            throw new BillingRuleViolation("quantity", "billing.error.quantity");
        }
        // the sign first: "-1.234" is refused for being negative, not for its decimals
        if (quantity.signum() <= 0) {
            throw new BillingRuleViolation("quantity", "billing.error.quantity-negative");
        }
        if (!Decimals.fits(quantity.stripTrailingZeros(), 10, 2)) {
            throw new BillingRuleViolation("quantity", "billing.error.quantity");
        }
        if (line.unit() == null) {
            throw new BillingRuleViolation("unit", "billing.error.unit");
        }
        if (line.unitPrice() == null
                || line.unitPrice().isNegative()
                || !Decimals.fits(line.unitPrice().amount().stripTrailingZeros(), 12, 2)) {
            throw new BillingRuleViolation("unitPrice", "billing.error.unit-price");
        }
        if (!Money.EUR.equals(line.unitPrice().currency())) {
            throw new BillingRuleViolation("unitPrice", "billing.error.currency");
        }
        BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
        if (discount.signum() < 0
                || discount.compareTo(HUNDRED) > 0
                || !Decimals.fits(discount.stripTrailingZeros(), 3, 2)) {
            throw new BillingRuleViolation("discountPercent", "billing.error.discount");
        }
        if (line.vatRate() == null) {
            throw new BillingRuleViolation("vatRate", "billing.error.vat-rate");
        }
        String exemption = line.exemptionNote() == null || line.exemptionNote().isBlank()
                ? null
                : line.exemptionNote().strip();
        if (line.vatRate().needsExemptionReason() && exemption == null) {
            throw new BillingRuleViolation("exemptionNote", "billing.error.exemption-required");
        }
        if (!line.vatRate().needsExemptionReason()) {
            exemption = null;
        }
        if (exemption != null && exemption.length() > EXEMPTION_MAX) {
            throw new BillingRuleViolation("exemptionNote", "billing.error.exemption-too-long", EXEMPTION_MAX);
        }
        String itemCode = line.itemCode() == null || line.itemCode().isBlank()
                ? null
                : line.itemCode().strip();
        BigDecimal scaledQuantity = quantity.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal scaledDiscount = discount.setScale(2, RoundingMode.UNNECESSARY);
        // a line's net stays within ten integer digits, so that an invoice's totals with VAT fit the columns' twelve
        Money net;
        try {
            net = netOf(scaledQuantity, line.unitPrice(), scaledDiscount);
        } catch (IllegalArgumentException beyondAnyAmount) {
            throw new BillingRuleViolation("quantity", "billing.error.line-too-large");
        }
        if (!Decimals.fits(net.amount().stripTrailingZeros(), 10, 2)) {
            throw new BillingRuleViolation("quantity", "billing.error.line-too-large");
        }
        return new InvoiceLine(
                itemCode,
                description,
                scaledQuantity,
                line.unit(),
                line.unitPrice().amount(),
                scaledDiscount,
                line.vatRate(),
                exemption,
                net.amount(),
                line.requestId(),
                line.workEntryId());
    }

    /** Quantity × unit price, less the discount, rounded half up to the cent (once, on the line's result). */
    public static Money netOf(BigDecimal quantity, Money unitPrice, BigDecimal discountPercent) {
        BigDecimal factor = quantity.multiply(BigDecimal.ONE.subtract(discountPercent.movePointLeft(2)));
        return unitPrice.times(factor);
    }

    public Money netAmount() {
        return new Money(net, Money.EUR);
    }

    public Money unitPriceAmount() {
        return new Money(unitPrice, Money.EUR);
    }

    /** The same line as a draft line: to copy it onto a credit note. */
    public InvoiceDraft.Line asDraftLine() {
        return new InvoiceDraft.Line(
                itemCode,
                description,
                quantity,
                unit,
                unitPriceAmount(),
                discountPercent,
                vatRate,
                exemptionNote,
                requestId,
                workEntryId);
    }
}
