package fr.guichet.billing;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A line as people type it (the draft editor) or send it (the API): a catalogue item's code fills what is left empty
 * (its name, unit, price, VAT rate and exemption notice); the VAT rate is one of the list, by name ({@code STANDARD})
 * or by percent ({@code 20}, {@code 5.5}); a price has at most two decimals. Each refusal names its field.
 */
@Component
public class InvoiceLineInput {

    private final CatalogueManagement catalogue;

    InvoiceLineInput(CatalogueManagement catalogue) {
        this.catalogue = catalogue;
    }

    /** What was typed or sent for one line. */
    public record Typed(
            @Nullable String itemCode,
            @Nullable String description,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal discountPercent,
            @Nullable String vatRate,
            @Nullable String exemptionNote,
            @Nullable Long requestId) {}

    public InvoiceDraft.Line line(Typed typed, Locale language) {
        CatalogueItem item = null;
        if (typed.itemCode() != null && !typed.itemCode().isBlank()) {
            item = catalogue
                    .byCode(typed.itemCode().strip())
                    .filter(CatalogueItem::isActive)
                    .orElseThrow(() -> new BillingRuleViolation("itemCode", "billing.error.item"));
        }
        String description = blank(typed.description())
                ? item == null ? "" : "en".equals(language.getLanguage()) ? item.getNameEn() : item.getNameFr()
                : typed.description();
        Unit unit = blank(typed.unit()) ? item == null ? null : item.getUnit() : unit(typed.unit());
        if (unit == null) {
            throw new BillingRuleViolation("unit", "billing.error.unit");
        }
        BigDecimal price = typed.unitPrice() != null
                ? typed.unitPrice()
                : item == null ? null : item.getUnitPrice().amount();
        if (price == null || price.signum() < 0 || !Decimals.fits(price.stripTrailingZeros(), 12, 2)) {
            throw new BillingRuleViolation("unitPrice", "billing.error.unit-price");
        }
        VatRate rate = blank(typed.vatRate())
                ? item == null ? null : item.getVatRate()
                : vatRate(typed.vatRate())
                        .orElseThrow(() -> new BillingRuleViolation("vatRate", "billing.error.vat-rate"));
        if (rate == null) {
            throw new BillingRuleViolation("vatRate", "billing.error.vat-rate");
        }
        String exemption = blank(typed.exemptionNote()) && item != null && item.getVatRate() == rate
                ? item.getVatExemption()
                : typed.exemptionNote();
        return new InvoiceDraft.Line(
                item == null ? null : item.getCode(),
                description,
                typed.quantity(),
                unit,
                new Money(price, Money.EUR),
                typed.discountPercent() == null ? BigDecimal.ZERO : typed.discountPercent(),
                rate,
                exemption,
                typed.requestId(),
                null);
    }

    /** A VAT rate of the list by its name or its percent ("20", "5,5"). */
    public static Optional<VatRate> vatRate(String typed) {
        String text = typed.strip().replace(',', '.').replace("%", "").strip();
        return Arrays.stream(VatRate.values())
                .filter(rate -> rate.name().equalsIgnoreCase(text)
                        || (text.matches("\\d{1,3}(\\.\\d{1,3})?")
                                && rate.percent().compareTo(new BigDecimal(text)) == 0))
                .findFirst();
    }

    private static Unit unit(String typed) {
        return Arrays.stream(Unit.values())
                .filter(unit -> unit.name().equalsIgnoreCase(typed.strip()))
                .findFirst()
                .orElseThrow(() -> new BillingRuleViolation("unit", "billing.error.unit"));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
