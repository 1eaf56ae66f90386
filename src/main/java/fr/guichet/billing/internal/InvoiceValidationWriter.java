package fr.guichet.billing.internal;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDeposit;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a validation without saving the whole aggregate again: its lines do not change, so only the deposits it
 * deducts (before the series' counter is taken) and one UPDATE of the invoice's row (once it is numbered, while the
 * counter is held) are written. A validation is the one act whose speed the counter's lock makes everyone wait for.
 */
@Component
public class InvoiceValidationWriter {

    private final JdbcClient jdbc;

    InvoiceValidationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deposits a final invoice deducts, in their order; none for most invoices. */
    public void deposits(long invoiceId, List<InvoiceDeposit> deposits) {
        jdbc.sql("DELETE FROM billing_invoice_deposit WHERE invoice_id = :invoice")
                .param("invoice", invoiceId)
                .update();
        for (int position = 0; position < deposits.size(); position++) {
            InvoiceDeposit deposit = deposits.get(position);
            try {
                jdbc.sql("INSERT INTO billing_invoice_deposit"
                                + " (invoice_id, position, deposit_id, number, issue_date, gross)"
                                + " VALUES (:invoice, :position, :deposit, :number, :date, :gross)")
                        .param("invoice", invoiceId)
                        .param("position", position)
                        .param("deposit", deposit.depositId())
                        .param("number", deposit.number())
                        .param("date", deposit.issueDate())
                        .param("gross", deposit.gross())
                        .update();
            } catch (DuplicateKeyException deductedMeanwhile) {
                // another final invoice of the quote, validated at the same moment, deducted it first
                throw new BillingRuleViolation("lines", "billing.error.deposit-deducted-meanwhile", deposit.number());
            }
        }
    }

    /**
     * The numbered invoice's row: number, dates, status, the frozen mentions and parties, the totals; its version
     * raised by one. Answers the version written; refuses a draft changed since it was read.
     */
    public int numbered(Invoice invoice) {
        int updated = jdbc.sql("UPDATE billing_invoice SET status = :status, series = :series, number = :number,"
                        + " issue_date = :issueDate, due_date = :dueDate, vat_on_debits = :vatOnDebits,"
                        + " late_interest_rate = :lateRate, early_payment_discount = :discount,"
                        + " frozen_parties = :parties, total_net = :net, total_vat = :vat, total_gross = :gross,"
                        + " prepaid = :prepaid, amount_due = :due, validated_at = :at, updated_at = :at,"
                        + " version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = 'DRAFT'")
                .param("status", invoice.getStatus().name())
                .param("series", invoice.getSeries())
                .param("number", invoice.getNumber())
                .param("issueDate", invoice.getIssueDate())
                .param("dueDate", invoice.getDueDate())
                .param("vatOnDebits", invoice.isVatOnDebits())
                .param("lateRate", invoice.getLateInterestRate())
                .param("discount", invoice.getEarlyPaymentDiscount())
                .param("parties", invoice.getFrozenParties())
                .param("net", invoice.totalNet().amount())
                .param("vat", invoice.totalVat().amount())
                .param("gross", invoice.totalGross().amount())
                .param("prepaid", invoice.prepaidAmount().amount())
                .param("due", invoice.amountDue().amount())
                .param("at", invoice.getUpdatedAt().atOffset(ZoneOffset.UTC))
                .param("id", invoice.getId())
                .param("version", invoice.getVersion())
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Invoice " + invoice.getId() + " changed while it was validated");
        }
        return invoice.getVersion() + 1;
    }
}
