package fr.guichet.billing.sepa;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A customer's SEPA direct debit mandate: its unique reference (RUM), kind, the debtor's name and account (IBAN, BIC
 * optional), the date it was signed and the proof of it (a signed copy uploaded by billing, or the customer's online
 * signature: name, time, IP address and the SHA-256 of the mandate's text as shown), its status and the sequence type
 * its next debit gets.
 */
public record Mandate(
        long id,
        long organisationId,
        String reference,
        MandateKind kind,
        String debtorName,
        String iban,
        @Nullable String bic,
        MandateStatus status,
        @Nullable LocalDate signedOn,
        SequenceType nextSequence,
        @Nullable String proofKind,
        @Nullable String proofName,
        @Nullable String signerName,
        @Nullable String signerAddress,
        @Nullable Instant signedAt,
        @Nullable String signedSha256,
        Instant createdAt,
        String createdBy,
        int version) {

    public static final String PROOF_UPLOAD = "UPLOAD";
    public static final String PROOF_ONLINE = "ONLINE";

    public boolean isActive() {
        return status == MandateStatus.ACTIVE;
    }

    /** Whether a debit may still be sent under it: active, and not a one-off mandate already used. */
    public boolean canBeDebited() {
        return isActive() && nextSequence != SequenceType.USED;
    }

    /** The IBAN as the customer recognises it without all of it shown: its country, check digits and last four. */
    public String maskedIban() {
        return iban.substring(0, 4) + " … " + iban.substring(iban.length() - 4);
    }
}
