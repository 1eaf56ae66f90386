package fr.guichet.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * An International Bank Account Number: a country code, two check digits and the national account number, checked by
 * ISO 7064 mod 97-10 (the number with its first four characters moved to the end, letters as 10..35, leaves 1), and,
 * for the countries Guichet's customers bank in, by its length. Spaces typed by people are dropped.
 */
public record Iban(String value) {

    /** The length of the IBANs of France (and its overseas departments and territories) and its neighbours. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("FR", 27),
            Map.entry("MC", 27),
            Map.entry("BE", 16),
            Map.entry("LU", 20),
            Map.entry("CH", 21),
            Map.entry("DE", 22),
            Map.entry("ES", 24),
            Map.entry("IT", 27),
            Map.entry("NL", 18),
            Map.entry("PT", 25),
            Map.entry("GB", 22),
            Map.entry("IE", 22),
            Map.entry("AT", 20));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid IBAN: " + value);
        }
    }

    public static Iban of(String typed) {
        return new Iban(normalise(typed));
    }

    public static boolean isValid(String typed) {
        String iban = normalise(typed);
        if (iban == null || !iban.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}")) {
            return false;
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length != null && iban.length() != length) {
            return false;
        }
        StringBuilder digits = new StringBuilder(iban.length() * 2);
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The country the account is in ("FR"). */
    public String country() {
        return value.substring(0, 2);
    }

    /** As printed on invoices: groups of four characters ("FR76 3000 6000 0112 3456 7890 189"). */
    public String formatted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(i + 4, value.length()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        return typed == null
                ? null
                : typed.replace(" ", "").replace("\u00a0", "").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
