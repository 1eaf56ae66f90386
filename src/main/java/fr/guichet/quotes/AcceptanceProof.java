package fr.guichet.quotes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is kept when a customer accepts a quote online ("bon pour accord"): who signed and as what, when, from which
 * IP address, the SHA-256 of the exact PDF they were shown (the revision sent) and of the terms of sale attached; and,
 * when staff recorded an acceptance collected elsewhere on the customer's behalf, who recorded it ({@code recordedBy},
 * null when the customer accepted themselves).
 */
public record AcceptanceProof(
        String signerName,
        String signerRole,
        Instant at,
        String ipAddress,
        String pdfSha256,
        String termsSha256,
        @Nullable String recordedBy) {

    public static final int NAME_MAX = 200;

    /** The customer's own acceptance. */
    public AcceptanceProof(
            String signerName, String signerRole, Instant at, String ipAddress, String pdfSha256, String termsSha256) {
        this(signerName, signerRole, at, ipAddress, pdfSha256, termsSha256, null);
    }

    public AcceptanceProof {
        recordedBy = recordedBy == null || recordedBy.isBlank() ? null : recordedBy.strip();
        if (recordedBy != null && recordedBy.length() > NAME_MAX) {
            recordedBy = recordedBy.substring(0, NAME_MAX);
        }
        signerName = signerName == null ? "" : signerName.strip();
        signerRole = signerRole == null ? "" : signerRole.strip();
        if (signerName.isEmpty() || signerName.length() > NAME_MAX) {
            throw new QuoteRuleViolation("signerName", "quotes.error.signer-name");
        }
        if (signerRole.isEmpty() || signerRole.length() > NAME_MAX) {
            throw new QuoteRuleViolation("signerRole", "quotes.error.signer-role");
        }
    }
}
