package fr.guichet.billing.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample statements under {@code src/test/resources/statements}, made for the account FR76 3000 6000 0112 3456 7890 189. */
public final class StatementFiles {

    /** The account the samples are statements of (bank 30006, branch 00001, number 12345678901). */
    public static final String ACCOUNT = "FR7630006000011234567890189";

    private StatementFiles() {}

    /** The sample as a statement of another French account (a camt.053's IBAN, a CFONB's bank, branch, number). */
    public static byte[] forAccount(String name, String iban) {
        byte[] sample = bytes(name);
        if (name.endsWith(".xml")) {
            return new String(sample, java.nio.charset.StandardCharsets.UTF_8)
                    .replace(ACCOUNT, iban)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String text = new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n", -1)) {
            if (line.length() >= 32) {
                line = line.substring(0, 2)
                        + iban.substring(4, 9)
                        + line.substring(7, 11)
                        + iban.substring(9, 14)
                        + line.substring(16, 21)
                        + iban.substring(14, 25)
                        + line.substring(32);
            }
            out.append(line).append("\r\n");
        }
        return out.substring(0, out.length() - 2).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = StatementFiles.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample statement " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
