package fr.guichet.quotes;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of a quote: from the catalogue ({@code itemCode}, its label, price, VAT rate and recurrence copied when the
 * line is added) or free; quantity, unit, unit price excluding VAT, discount in percent, VAT rate (at 0 % with the
 * reason it carries none), and whether it is sold once or every period (a recurring line goes to a contract, a one-off
 * line to an invoice).
 */
@Table("quotes_line")
public record QuoteLine(
        @Nullable String itemCode,
        String description,
        BigDecimal quantity,
        Unit unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        VatRate vatRate,
        @Nullable String exemptionNote,
        Recurrence recurrence) {

    public static final int DESCRIPTION_MAX = 300;

    public QuoteLine {
        if (description == null || description.isBlank()) {
            throw new QuoteRuleViolation("description", "quotes.error.description");
        }
        description = description.strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw new QuoteRuleViolation("description", "quotes.error.description-long");
        }
        if (quantity == null
                || quantity.signum() <= 0
                || !Decimals.fits(quantity.stripTrailingZeros(), 10, 2)) { // quotes_line.quantity NUMERIC(12, 2)
            throw new QuoteRuleViolation("quantity", "quotes.error.quantity");
        }
        if (unitPrice == null
                || unitPrice.signum() < 0
                || !Decimals.fits(unitPrice.stripTrailingZeros(), 12, 2)) { // NUMERIC(14, 2)
            throw new QuoteRuleViolation("unitPrice", "quotes.error.price");
        }
        if (discountPercent == null
                || discountPercent.signum() < 0
                || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || !Decimals.fits(discountPercent.stripTrailingZeros(), 3, 2)) {
            throw new QuoteRuleViolation("discountPercent", "quotes.error.discount");
        }
        // a line stays within ten integer digits, so that the quote's totals with VAT fit the columns' twelve
        if (!Decimals.fits(
                quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(), 10, 2)) {
            throw new QuoteRuleViolation("quantity", "quotes.error.line-too-large");
        }
        if (vatRate == null) {
            throw new QuoteRuleViolation("vatRate", "quotes.error.vat-rate");
        }
        exemptionNote = exemptionNote == null || exemptionNote.isBlank() ? null : exemptionNote.strip();
        if (vatRate.needsExemptionReason() && exemptionNote == null) {
            throw new QuoteRuleViolation("exemptionNote", "quotes.error.exemption");
        }
        if (!vatRate.needsExemptionReason()) {
            exemptionNote = null;
        }
        if (exemptionNote != null && exemptionNote.length() > 200) {
            throw new QuoteRuleViolation("exemptionNote", "quotes.error.exemption");
        }
        unitPrice = unitPrice.setScale(2, RoundingMode.UNNECESSARY);
        quantity = quantity.setScale(2, RoundingMode.UNNECESSARY);
        discountPercent = discountPercent.setScale(2, RoundingMode.UNNECESSARY);
        if (unit == null) {
            unit = Unit.PIECE;
        }
        if (recurrence == null) {
            recurrence = Recurrence.ONE_OFF;
        }
    }

    /** Quantity × unit price, less the discount, rounded half up to the cent: each line is rounded on its own. */
    public Money net() {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal discounted = gross.multiply(BigDecimal.ONE.subtract(discountPercent.movePointLeft(2)));
        return new Money(discounted.setScale(2, RoundingMode.HALF_UP), Money.EUR);
    }

    public Money price() {
        return new Money(unitPrice, Money.EUR);
    }
}
