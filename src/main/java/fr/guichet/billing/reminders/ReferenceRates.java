package fr.guichet.billing.reminders;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The two rate tables late-payment interest depends on, in percent a year, per half-year: the ECB's main refinancing
 * rate (in force on the half-year's first day) and France's legal interest rate for creditors who are not private
 * individuals. A half-year not in a table takes the latest earlier one (the rate stays until a new one is published);
 * one before every row takes the first.
 */
public final class ReferenceRates {

    private final NavigableMap<HalfYear, BigDecimal> ecb;
    private final NavigableMap<HalfYear, BigDecimal> legal;

    public ReferenceRates(Map<HalfYear, BigDecimal> ecb, Map<HalfYear, BigDecimal> legal) {
        if (ecb.isEmpty() || legal.isEmpty()) {
            throw new IllegalArgumentException("Both rate tables need at least one half-year");
        }
        this.ecb = new TreeMap<>(ecb);
        this.legal = new TreeMap<>(legal);
    }

    public BigDecimal ecbRate(HalfYear half) {
        return in(ecb, half);
    }

    public BigDecimal legalRate(HalfYear half) {
        return in(legal, half);
    }

    private static BigDecimal in(NavigableMap<HalfYear, BigDecimal> table, HalfYear half) {
        Map.Entry<HalfYear, BigDecimal> known = table.floorEntry(half);
        return known == null ? table.firstEntry().getValue() : known.getValue();
    }
}
