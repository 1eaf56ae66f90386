package fr.guichet.billing.statements;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/** Valid French IBANs for tests: a random account number with its check digits computed. */
public final class TestIbans {

    private TestIbans() {}

    public static String french() {
        StringBuilder bban = new StringBuilder("30004");
        for (int i = 0; i < 18; i++) {
            bban.append(ThreadLocalRandom.current().nextInt(10));
        }
        return withKey("FR", bban.toString());
    }

    public static String withKey(String country, String bban) {
        String moved = bban + country + "00";
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int key = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", key) + bban;
    }
}
