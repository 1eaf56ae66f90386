package fr.guichet.shared;

import java.math.BigDecimal;

/**
 * The French VAT rates (code général des impôts, art. 278 to 281 nonies, 296, 297): standard 20 %, intermediate
 * 10 %, reduced 5.5 %, special 2.1 %, and 0 % for what is exempt or outside its scope, which must say why on the
 * invoice (e.g. "TVA non applicable, art. 293 B du CGI").
 */
public enum VatRate {
    STANDARD("20"),
    INTERMEDIATE("10"),
    REDUCED("5.5"),
    SPECIAL("2.1"),
    ZERO("0");

    private final BigDecimal percent;

    VatRate(String percent) {
        this.percent = new BigDecimal(percent);
    }

    public BigDecimal percent() {
        return percent;
    }

    /** Whether an invoice line at this rate needs the reason it carries no VAT. */
    public boolean needsExemptionReason() {
        return this == ZERO;
    }

    /** The VAT on a net amount, rounded half up to the cent. */
    public Money vatOn(Money net) {
        return net.times(percent.movePointLeft(2));
    }

    /** The amount including VAT. */
    public Money grossOf(Money net) {
        return net.plus(vatOn(net));
    }
}
