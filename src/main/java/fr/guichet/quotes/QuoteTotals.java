package fr.guichet.quotes;

import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A quote's totals the way French invoices are checked: each line's net rounded to the cent, the nets summed per VAT
 * rate, the VAT of each rate computed on that sum and rounded once; totals are the sums of those. So lines, VAT
 * breakdown and totals always add up.
 */
public record QuoteTotals(List<PerRate> perRate, Money net, Money vat, Money gross) {

    /** The base (sum of the lines' nets) and VAT of one rate. */
    public record PerRate(VatRate rate, Money base, Money vat) {}

    public QuoteTotals {
        perRate = List.copyOf(perRate);
    }

    public static QuoteTotals of(List<QuoteLine> lines) {
        Map<VatRate, Money> bases = new EnumMap<>(VatRate.class);
        for (QuoteLine line : lines) {
            bases.merge(line.vatRate(), line.net(), Money::plus);
        }
        List<PerRate> perRate = new ArrayList<>();
        Money net = Money.zero(Money.EUR);
        Money vat = Money.zero(Money.EUR);
        for (Map.Entry<VatRate, Money> base : bases.entrySet()) {
            Money rateVat = base.getKey().vatOn(base.getValue());
            perRate.add(new PerRate(base.getKey(), base.getValue(), rateVat));
            net = net.plus(base.getValue());
            vat = vat.plus(rateVat);
        }
        return new QuoteTotals(perRate, net, vat, net.plus(vat));
    }
}
