package fr.guichet.billing.statements;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The statement formats Guichet imports, and how a file's first bytes tell which one it is. */
public enum StatementFormat {
    CAMT053,
    CFONB120,
    CSV;

    /**
     * The format of this file by its content: XML is camt.053 (its namespace is checked when read), a first record
     * "01" of CFONB's fixed layout is CFONB 120; anything else is CSV when the account has a CSV layout, else unknown.
     */
    static Optional<StatementFormat> detect(byte[] content, boolean accountHasCsvLayout) {
        String start = new String(content, 0, Math.min(content.length, 400), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("<")) {
            return Optional.of(CAMT053);
        }
        if (trimmed.length() >= 40 && trimmed.matches("(?s)01\\d{5}.{9}[A-Z]{3}\\d.*")) {
            return Optional.of(CFONB120);
        }
        return accountHasCsvLayout && !trimmed.isEmpty() ? Optional.of(CSV) : Optional.empty();
    }
}
