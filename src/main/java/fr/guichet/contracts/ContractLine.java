package fr.guichet.contracts;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of a contract: a catalogue item with the quantity, the unit price excluding VAT and the discount agreed; the
 * label, price and VAT rate are copied from the catalogue when the line is added, so that later catalogue changes do
 * not change a signed contract.
 */
@Table("contracts_line")
public record ContractLine(
        String itemCode,
        String label,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        VatRate vatRate,
        Recurrence recurrence) {

    public ContractLine {
        if (quantity == null
                || quantity.signum() <= 0
                || !Decimals.fits(quantity.stripTrailingZeros(), 10, 2)) { // contracts_line.quantity NUMERIC(12, 2)
            throw new ContractRuleViolation("quantity", "contracts.error.quantity");
        }
        if (discountPercent == null
                || discountPercent.signum() < 0
                || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || !Decimals.fits(discountPercent.stripTrailingZeros(), 3, 2)) {
            throw new ContractRuleViolation("discountPercent", "contracts.error.discount");
        }
        unitPrice = new Money(unitPrice, Money.EUR).amount();
    }

    /** Quantity × unit price, less the discount, rounded half up to the cent. */
    public Money net() {
        BigDecimal factor = quantity.multiply(
                BigDecimal.ONE.subtract(discountPercent.movePointLeft(2)).setScale(4, RoundingMode.UNNECESSARY));
        return new Money(unitPrice, Money.EUR).times(factor);
    }

    public Money vat() {
        return vatRate.vatOn(net());
    }
}
