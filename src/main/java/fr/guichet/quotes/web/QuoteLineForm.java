package fr.guichet.quotes.web;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.quotes.QuoteLine;
import fr.guichet.quotes.QuoteRuleViolation;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;

/**
 * A line as typed on the quote page: a catalogue item's code (its label, price and rate copied) or a free line with
 * every field; numbers read as people type them ("1 234,50"), refused with the field's message otherwise.
 */
record QuoteLineForm(
        String itemCode,
        String description,
        String quantity,
        String unit,
        String unitPrice,
        String discountPercent,
        String vatRate,
        String exemptionNote,
        String recurrence) {

    static QuoteLineForm blank() {
        return new QuoteLineForm("", "", "1", "HOUR", "", "0", "STANDARD", "", "ONE_OFF");
    }

    QuoteLineForm {
        itemCode = itemCode == null ? "" : itemCode.strip();
        description = description == null ? "" : description;
        quantity = quantity == null ? "" : quantity;
        unit = unit == null ? "" : unit;
        unitPrice = unitPrice == null ? "" : unitPrice;
        discountPercent = discountPercent == null || discountPercent.isBlank() ? "0" : discountPercent;
        vatRate = vatRate == null ? "" : vatRate;
        exemptionNote = exemptionNote == null ? "" : exemptionNote;
        recurrence = recurrence == null ? "" : recurrence;
    }

    boolean fromCatalogue() {
        return !itemCode.isEmpty();
    }

    BigDecimal quantityValue() {
        return Decimals.parse(quantity, 10, 2)
                .orElseThrow(() -> new QuoteRuleViolation("quantity", "quotes.error.quantity"));
    }

    BigDecimal discountValue() {
        return Decimals.parse(discountPercent, 3, 2)
                .orElseThrow(() -> new QuoteRuleViolation("discountPercent", "quotes.error.discount"));
    }

    QuoteLine line() {
        BigDecimal price = Decimals.parse(unitPrice, 12, 2)
                .orElseThrow(() -> new QuoteRuleViolation("unitPrice", "quotes.error.price"));
        return new QuoteLine(
                null,
                description,
                quantityValue(),
                enumOf(Unit.class, unit, "unit"),
                price,
                discountValue(),
                enumOf(VatRate.class, vatRate, "vatRate"),
                exemptionNote,
                enumOf(Recurrence.class, recurrence, "recurrence"));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new QuoteRuleViolation(field, "quotes.error." + ("vatRate".equals(field) ? "vat-rate" : "choice"));
        }
    }
}
