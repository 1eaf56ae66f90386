package fr.guichet.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Billing's settings, typed: VAT on debits (the "TVA acquittée sur les débits" mention), the yearly late-payment
 * interest rate printed on invoices, the early-payment discount terms (none: "pas d'escompte"), the default payment
 * terms, the prefixes of the invoice series (deposit invoices share it) and of the credit notes'.
 */
public record BillingSettings(
        boolean vatOnDebits,
        BigDecimal lateInterestRate,
        @Nullable String earlyPaymentDiscount,
        PaymentTerms defaultTerms,
        String invoicePrefix,
        String creditNotePrefix,
        int version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {

    /** Two to five capital letters: "FA", "AV". */
    public static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");

    public static final int DISCOUNT_TEXT_MAX = 300;

    /** The series' prefix of an invoice kind: deposit invoices are numbered in the invoices' series. */
    public String prefixOf(InvoiceKind kind) {
        return kind == InvoiceKind.CREDIT_NOTE ? creditNotePrefix : invoicePrefix;
    }
}
