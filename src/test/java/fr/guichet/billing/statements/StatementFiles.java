package fr.guichet.billing.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample statements under {@code src/test/resources/statements}, made for the account FR76 3000 6000 0112 3456 7890 189. */
public final class StatementFiles {

    /** The account the samples are statements of (bank 30006, branch 00001, number 12345678901). */
    public static final String ACCOUNT = "FR7630006000011234567890189";

    private StatementFiles() {}

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
