package fr.guichet.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * An intra-EU VAT number. For a French one ("FR" + two-character key + SIREN) the key is checked: for a numeric key,
 * {@code (12 + 3 × (SIREN mod 97)) mod 97}. Other member states' numbers are checked for shape only (country code
 * and 2 to 13 letters or digits), as the VIES service, which Guichet does not call, is the authority for them.
 */
public record VatNumber(String value) {

    public VatNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid VAT number: " + value);
        }
    }

    public static VatNumber of(String typed) {
        return new VatNumber(normalise(typed));
    }

    public static boolean isValid(String typed) {
        String number = normalise(typed);
        if (number == null || !number.matches("[A-Z]{2}[0-9A-Z]{2,13}")) {
            return false;
        }
        if (!number.startsWith("FR")) {
            return !number.startsWith("GB"); // the United Kingdom left in 2021 (Northern Ireland: XI)
        }
        if (number.length() != 13) {
            return false;
        }
        String key = number.substring(2, 4);
        String siren = number.substring(4);
        if (!Siren.isValid(siren)) {
            return false;
        }
        if (key.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(key) == frenchKey(siren);
        }
        return true; // the alphanumeric keys of the newer scheme are not computable from the SIREN
    }

    /** The French key of a SIREN: the two digits after "FR". */
    public static int frenchKey(String siren) {
        return (int) ((12 + 3 * (Long.parseLong(siren) % 97)) % 97);
    }

    /** The French VAT number of a company, from its SIREN. */
    public static VatNumber frenchOf(Siren siren) {
        return new VatNumber(String.format(Locale.ROOT, "FR%02d%s", frenchKey(siren.value()), siren.value()));
    }

    /** The SIREN inside a French number, if this is one. */
    public Optional<Siren> siren() {
        return value.startsWith("FR") ? Optional.of(new Siren(value.substring(4))) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        return typed == null
                ? null
                : typed.replace(" ", "").replace("\u00a0", "").replace(".", "").toUpperCase(Locale.ROOT);
    }
}
