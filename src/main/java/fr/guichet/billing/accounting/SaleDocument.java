package fr.guichet.billing.accounting;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an issued invoice, deposit invoice or credit note tells the accounts: its nets per VAT rate and kind of sale,
 * what the customer owes for it (the amount due: the total less the deposits it deducts; a credit note's total), and
 * the deposits it deducts, per rate.
 *
 * @param creditsDeposit a credit note of a deposit invoice: it takes back deposits received, not sales
 */
public record SaleDocument(
        long invoiceId,
        InvoiceKind kind,
        String number,
        long organisationId,
        String customerName,
        LocalDate issueDate,
        Instant validatedAt,
        Money receivable,
        boolean creditsDeposit,
        List<Base> bases,
        List<Deducted> deducted) {

    /** Lines' nets at one rate; {@code goods} when counted in pieces. */
    public record Base(VatRate rate, boolean goods, Money net) {}

    /** What one deducted deposit invoice had at one rate (its net; its VAT is computed on it as the deposit's was). */
    public record Deducted(long depositId, VatRate rate, Money net) {}

    public SaleDocument {
        bases = List.copyOf(bases);
        deducted = List.copyOf(deducted);
    }
}
