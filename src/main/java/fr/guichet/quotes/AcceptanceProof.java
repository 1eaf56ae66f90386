package fr.guichet.quotes;

import java.time.Instant;

/**
 * What is kept when a customer accepts a quote online ("bon pour accord"): who signed and as what, when, from which
 * IP address, the SHA-256 of the exact PDF they were shown (the revision sent) and of the terms of sale attached.
 */
public record AcceptanceProof(
        String signerName, String signerRole, Instant at, String ipAddress, String pdfSha256, String termsSha256) {

    public static final int NAME_MAX = 200;

    public AcceptanceProof {
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
