package fr.guichet.billing.documents;

import fr.guichet.billing.InvoiceDocument;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of an invoice's legal mentions in its language, the same on the PDF and in the Factur-X XML's coded notes:
 * the 40 € recovery indemnity (PMT), the late-payment interest (PMD), the early-payment discount terms or "pas
 * d'escompte" (AAB), the payment terms, the category of the operation and the VAT-on-debits option.
 */
@Component
class InvoiceMentions {

    /** The fixed recovery indemnity of code de commerce L441-10 and D441-5. */
    static final Money RECOVERY_INDEMNITY = Money.euros("40.00");

    private final MessageSource messages;

    InvoiceMentions(MessageSource messages) {
        this.messages = messages;
    }

    record Texts(
            String recoveryIndemnity,
            String lateInterest,
            String earlyPaymentDiscount,
            String paymentTerms,
            String category,
            @Nullable String vatOnDebits,
            String discount) {}

    Texts of(InvoiceDocument document) {
        Locale language = document.language();
        String recovery = document.businessCustomer()
                ? text(language, "invoicepdf.mention.pmt", RECOVERY_INDEMNITY.format(language))
                : text(language, "invoicepdf.mention.pmt.consumer");
        String interest = text(language, "invoicepdf.mention.pmd", percent(document.lateInterestRate(), language));
        String discount = document.earlyPaymentDiscount() == null
                        || document.earlyPaymentDiscount().isBlank()
                ? text(language, "invoicepdf.mention.aab.none")
                : text(
                        language,
                        "invoicepdf.mention.aab",
                        document.earlyPaymentDiscount().strip());
        String terms = document.paymentTermsEndOfMonth()
                ? text(language, "invoicepdf.mention.terms.endOfMonth", document.paymentTermsDays())
                : text(language, "invoicepdf.mention.terms", document.paymentTermsDays());
        String category = text(language, "invoicepdf.mention.category." + document.category());
        String debits = document.vatOnDebits() ? text(language, "invoicepdf.mention.vatOnDebits") : null;
        return new Texts(
                recovery, interest, discount, terms, category, debits, text(language, "invoicepdf.line.discount"));
    }

    String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    static String percent(BigDecimal value, Locale language) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
