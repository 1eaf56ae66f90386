package fr.guichet.billing.sepa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a mandate as the customer reads it before signing: the creditor (name, identifier), the mandate's
 * reference and kind, the debtor and their account, and the SEPA rulebook's authorisation and refund right, in the
 * customer's language. Its SHA-256 is kept with an online signature: what was signed can be shown again and checked.
 */
@Component
public class MandateText {

    private final MessageSource messages;

    MandateText(MessageSource messages) {
        this.messages = messages;
    }

    /** The lines of the mandate, in order. */
    public List<String> lines(Mandate mandate, String creditorName, String creditorId, Locale language) {
        return List.of(
                text(language, "billing.sepa.mandate.text.creditor", creditorName, creditorId),
                text(language, "billing.sepa.mandate.text.reference", mandate.reference()),
                text(language, "billing.sepa.mandate.text.kind." + mandate.kind()),
                text(
                        language,
                        "billing.sepa.mandate.text.debtor",
                        mandate.debtorName(),
                        mandate.iban(),
                        mandate.bic() == null ? "—" : mandate.bic()),
                text(language, "billing.sepa.mandate.text.authorisation", creditorName),
                text(language, "billing.sepa.mandate.text.refund"));
    }

    /** The SHA-256 (hex) of the lines, joined by line feeds. */
    public static String sha256(List<String> lines) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
