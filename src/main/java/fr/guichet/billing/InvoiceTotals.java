package fr.guichet.billing;

import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An invoice's totals the way French invoices are checked: each line's net rounded to the cent, the nets added up per
 * VAT rate, the VAT of each rate computed on that base and rounded once; the total VAT is the sum of the rates' VAT,
 * the total including VAT the net plus the VAT.
 */
public record InvoiceTotals(Money net, Money vat, Money gross, List<RateTotal> rates) {

    /** One VAT rate: its base (the lines' nets), its VAT, and the exemption notes of its lines at 0 %. */
    public record RateTotal(
            VatRate rate, Money base, Money vat, @Nullable String exemptionNote) {}

    public InvoiceTotals {
        rates = List.copyOf(rates);
    }

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Map<VatRate, Money> bases = new EnumMap<>(VatRate.class);
        Map<VatRate, List<String>> notes = new EnumMap<>(VatRate.class);
        Money net = Money.zero(Money.EUR);
        for (InvoiceLine line : lines) {
            bases.merge(line.vatRate(), line.netAmount(), Money::plus);
            net = net.plus(line.netAmount());
            if (line.exemptionNote() != null) {
                List<String> known = notes.computeIfAbsent(line.vatRate(), rate -> new ArrayList<>());
                if (!known.contains(line.exemptionNote())) {
                    known.add(line.exemptionNote());
                }
            }
        }
        List<RateTotal> rates = new ArrayList<>();
        Money vat = Money.zero(Money.EUR);
        for (Map.Entry<VatRate, Money> base : bases.entrySet()) {
            Money rateVat = base.getKey().vatOn(base.getValue());
            vat = vat.plus(rateVat);
            List<String> rateNotes = notes.get(base.getKey());
            rates.add(new RateTotal(
                    base.getKey(), base.getValue(), rateVat, rateNotes == null ? null : String.join(" ; ", rateNotes)));
        }
        return new InvoiceTotals(net, vat, net.plus(vat), rates);
    }
}
