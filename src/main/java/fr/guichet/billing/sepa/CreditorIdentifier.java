package fr.guichet.billing.sepa;

import java.math.BigInteger;
import java.util.Locale;

/**
 * A SEPA creditor identifier (ICS, "identifiant créancier SEPA"): a country code, two check digits, a three-character
 * creditor business code ("ZZZ" when none) and the national identifier (six characters in France). The check digits
 * are ISO 7064 mod 97-10, as an IBAN's, computed over the national identifier followed by the country code, the
 * business code left out: {@code FR72ZZZ123456} is one, {@code FR12ZZZ123456} is not.
 */
public record CreditorIdentifier(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public CreditorIdentifier {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid SEPA creditor identifier: " + value);
        }
    }

    public static CreditorIdentifier of(String typed) {
        return new CreditorIdentifier(normalise(typed));
    }

    public static boolean isValid(String typed) {
        String ics = normalise(typed);
        if (ics == null || ics.length() > 35 || !ics.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{3}[0-9A-Z]{1,28}")) {
            return false;
        }
        if (ics.startsWith("FR") && ics.length() != 13) {
            return false;
        }
        String checked = ics.substring(7) + ics.substring(0, 4);
        StringBuilder digits = new StringBuilder(checked.length() * 2);
        for (char c : checked.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        return typed == null
                ? null
                : typed.replace(" ", "").replace("\u00a0", "").toUpperCase(Locale.ROOT);
    }
}
