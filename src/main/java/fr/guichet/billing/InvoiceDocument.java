package fr.guichet.billing;

import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A validated invoice, deposit invoice or credit note as it is printed and exchanged: every French mandatory mention
 * (CGI art. 242 nonies A, code de commerce L441-9), already computed by billing's rules; the renderer
 * ({@link InvoiceRendering}) only lays it out (PDF) or writes it (Factur-X / CII, UBL). Amounts of a credit note are
 * positive: its kind says it is a credit.
 *
 * @param language the customer's language: the PDF's words and dates
 * @param precedingNumber for a credit note, the invoice it corrects; for a final invoice, none
 * @param precedingDate the date of that invoice
 * @param deposits the deposit invoices deducted from this final invoice (number, date, amount including VAT)
 * @param prepaid the total of those deposits, deducted from {@code totalGross} to give {@code amountDue}
 * @param category goods, services or both (the "catégorie de l'opération" mention)
 * @param vatOnDebits the seller opted to pay VAT on debits ("TVA acquittée sur les débits")
 * @param lateInterestRate the yearly late-payment interest rate in percent (PMD note)
 * @param businessCustomer the buyer is a business: the 40 € fixed recovery indemnity applies (PMT note)
 * @param earlyPaymentDiscount the discount terms for early payment, or none: "pas d'escompte" (AAB note)
 * @param paymentReference what the customer should write on the transfer (the invoice number by default)
 * @param directDebit the SEPA debit this invoice announces (pre-notification), when its customer's mandate pays it
 */
public record InvoiceDocument(
        InvoiceKind kind,
        String number,
        LocalDate issueDate,
        @Nullable LocalDate serviceFrom,
        @Nullable LocalDate serviceTo,
        LocalDate dueDate,
        Locale language,
        Party seller,
        Party buyer,
        @Nullable PostalAddress deliveryAddress,
        @Nullable String purchaseOrder,
        @Nullable String precedingNumber,
        @Nullable LocalDate precedingDate,
        List<Line> lines,
        List<VatSummary> vatSummary,
        Money totalNet,
        Money totalVat,
        Money totalGross,
        List<Deposit> deposits,
        Money prepaid,
        Money amountDue,
        OperationCategory category,
        boolean vatOnDebits,
        BigDecimal lateInterestRate,
        boolean businessCustomer,
        @Nullable String earlyPaymentDiscount,
        int paymentTermsDays,
        boolean paymentTermsEndOfMonth,
        String paymentReference,
        @Nullable String iban,
        @Nullable String bic,
        @Nullable String notes,
        @Nullable DirectDebit directDebit) {

    /** A document that announces no direct debit. */
    public InvoiceDocument(
            InvoiceKind kind,
            String number,
            LocalDate issueDate,
            @Nullable LocalDate serviceFrom,
            @Nullable LocalDate serviceTo,
            LocalDate dueDate,
            Locale language,
            Party seller,
            Party buyer,
            @Nullable PostalAddress deliveryAddress,
            @Nullable String purchaseOrder,
            @Nullable String precedingNumber,
            @Nullable LocalDate precedingDate,
            List<Line> lines,
            List<VatSummary> vatSummary,
            Money totalNet,
            Money totalVat,
            Money totalGross,
            List<Deposit> deposits,
            Money prepaid,
            Money amountDue,
            OperationCategory category,
            boolean vatOnDebits,
            BigDecimal lateInterestRate,
            boolean businessCustomer,
            @Nullable String earlyPaymentDiscount,
            int paymentTermsDays,
            boolean paymentTermsEndOfMonth,
            String paymentReference,
            @Nullable String iban,
            @Nullable String bic,
            @Nullable String notes) {
        this(
                kind,
                number,
                issueDate,
                serviceFrom,
                serviceTo,
                dueDate,
                language,
                seller,
                buyer,
                deliveryAddress,
                purchaseOrder,
                precedingNumber,
                precedingDate,
                lines,
                vatSummary,
                totalNet,
                totalVat,
                totalGross,
                deposits,
                prepaid,
                amountDue,
                category,
                vatOnDebits,
                lateInterestRate,
                businessCustomer,
                earlyPaymentDiscount,
                paymentTermsDays,
                paymentTermsEndOfMonth,
                paymentReference,
                iban,
                bic,
                notes,
                null);
    }

    public InvoiceDocument {
        lines = List.copyOf(lines);
        vatSummary = List.copyOf(vatSummary);
        deposits = List.copyOf(deposits);
    }

    /** Goods, services or both: a mandatory mention since the e-invoicing reform. */
    public enum OperationCategory {
        GOODS,
        SERVICES,
        MIXED
    }

    /** A postal address; {@code country} is an ISO 3166 alpha-2 code. */
    public record PostalAddress(List<String> lines, String postcode, String city, String country) {

        public PostalAddress {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The seller or the buyer. The seller has all of them; a buyer who is a private person has only a name and an
     * address.
     */
    public record Party(
            String name,
            @Nullable String legalForm,
            @Nullable BigDecimal shareCapital,
            PostalAddress address,
            @Nullable String siren,
            @Nullable String siret,
            @Nullable String rcsCity,
            @Nullable String vatNumber,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * A line: net = quantity × unit price less the discount, rounded to the cent; {@code exemptionNote} says why a line
     * at 0 % carries no VAT.
     */
    public record Line(
            String description,
            BigDecimal quantity,
            Unit unit,
            Money unitPrice,
            BigDecimal discountPercent,
            VatRate vatRate,
            Money net,
            @Nullable String exemptionNote,
            @Nullable String requestReference) {}

    /** The VAT of one rate: the sum of the lines' nets at that rate, and the VAT on it rounded to the cent. */
    public record VatSummary(
            VatRate rate, Money base, Money vat, @Nullable String exemptionNote) {}

    /**
     * The SEPA direct debit an invoice announces (pre-notification): the day its amount will be debited, under which
     * mandate (reference), by which creditor (identifier), from which account (masked).
     */
    public record DirectDebit(LocalDate debitOn, String mandateReference, String creditorId, String maskedIban) {}

    /** A deposit invoice deducted from this one. */
    public record Deposit(String number, LocalDate date, Money gross) {}
}
