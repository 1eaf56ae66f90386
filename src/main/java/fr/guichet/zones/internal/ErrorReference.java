package fr.guichet.zones.internal;

import java.security.SecureRandom;
import java.util.Locale;

/** Short references that a user can read out over the phone: "ERR-7K2M9QX4". */
public final class ErrorReference {

    /** The request attribute that carries the reference of the error being handled. */
    public static final String ATTRIBUTE = "guichet.error.reference";

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    public static String next() {
        StringBuilder reference = new StringBuilder("ERR-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString().toUpperCase(Locale.ROOT);
    }
}
