package fr.guichet.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's settings (one row, read at each use so that a change applies at once on every instance) and the payment
 * terms agreed with each customer (the default terms when none were).
 */
@Service
@Transactional
public class BillingSettingsManagement {

    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Clock clock;

    BillingSettingsManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BillingSettings current() {
        return jdbc.sql("SELECT * FROM billing_settings WHERE id = 1")
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
                    return new BillingSettings(
                            rs.getBoolean("vat_on_debits"),
                            rs.getBigDecimal("late_interest_rate"),
                            rs.getString("early_payment_discount"),
                            new PaymentTerms(rs.getInt("default_terms_days"), rs.getBoolean("default_terms_eom")),
                            rs.getString("invoice_prefix"),
                            rs.getString("credit_note_prefix"),
                            rs.getInt("version"),
                            at == null ? null : at.toInstant(),
                            rs.getString("updated_by"));
                })
                .single();
    }

    /** Changes the settings; {@code expectedVersion} is the one read (no silent overwrite). */
    public BillingSettings change(BillingSettings typed, int expectedVersion, String by) {
        if (typed.lateInterestRate() == null
                || typed.lateInterestRate().signum() < 0
                || typed.lateInterestRate().compareTo(MAX_RATE) > 0
                || typed.lateInterestRate().stripTrailingZeros().scale() > 2) {
            throw new BillingRuleViolation("lateInterestRate", "billing.error.interest-rate");
        }
        String discount = typed.earlyPaymentDiscount() == null
                        || typed.earlyPaymentDiscount().isBlank()
                ? null
                : typed.earlyPaymentDiscount().strip();
        if (discount != null && discount.length() > BillingSettings.DISCOUNT_TEXT_MAX) {
            throw new BillingRuleViolation(
                    "earlyPaymentDiscount", "billing.error.discount-text", BillingSettings.DISCOUNT_TEXT_MAX);
        }
        PaymentTermsPolicy.check(typed.defaultTerms(), "defaultTermsDays");
        String invoicePrefix = prefix(typed.invoicePrefix(), "invoicePrefix");
        String creditPrefix = prefix(typed.creditNotePrefix(), "creditNotePrefix");
        if (invoicePrefix.equals(creditPrefix)) {
            throw new BillingRuleViolation("creditNotePrefix", "billing.error.prefix-same");
        }
        // a series already holding the other kind's documents stays theirs: invoices and credit notes never mix
        if (seriesHolds(invoicePrefix, true)) {
            throw new BillingRuleViolation("invoicePrefix", "billing.error.prefix-taken");
        }
        if (seriesHolds(creditPrefix, false)) {
            throw new BillingRuleViolation("creditNotePrefix", "billing.error.prefix-taken");
        }
        int changed = jdbc.sql("UPDATE billing_settings SET vat_on_debits = :debits, late_interest_rate = :rate,"
                        + " early_payment_discount = :discount, default_terms_days = :days, default_terms_eom = :eom,"
                        + " invoice_prefix = :invoice, credit_note_prefix = :credit, updated_at = :at,"
                        + " updated_by = :by, version = version + 1 WHERE id = 1 AND version = :version")
                .param("debits", typed.vatOnDebits())
                .param("rate", typed.lateInterestRate())
                .param("discount", discount)
                .param("days", typed.defaultTerms().days())
                .param("eom", typed.defaultTerms().endOfMonth())
                .param("invoice", invoicePrefix)
                .param("credit", creditPrefix)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by.length() > 100 ? by.substring(0, 100) : by)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Billing settings changed meanwhile");
        }
        return current();
    }

    /** The terms agreed with this customer, if any were. */
    @Transactional(readOnly = true)
    public Optional<PaymentTerms> agreedTerms(long organisationId) {
        return jdbc.sql(
                        "SELECT terms_days, terms_eom FROM billing_customer_terms WHERE organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((rs, n) -> new PaymentTerms(rs.getInt("terms_days"), rs.getBoolean("terms_eom")))
                .optional();
    }

    /** The terms of a new invoice for this customer: those agreed with them, else the default ones. */
    @Transactional(readOnly = true)
    public PaymentTerms termsFor(long organisationId) {
        return agreedTerms(organisationId).orElseGet(() -> current().defaultTerms());
    }

    /** Agrees terms with a customer (checked against the legal maximum); none goes back to the default terms. */
    public void agreeTerms(long organisationId, @Nullable PaymentTerms terms, String by) {
        jdbc.sql("DELETE FROM billing_customer_terms WHERE organisation_id = :organisation")
                .param("organisation", organisationId)
                .update();
        if (terms == null) {
            return;
        }
        PaymentTermsPolicy.check(terms, "paymentTermsDays");
        jdbc.sql("INSERT INTO billing_customer_terms (organisation_id, terms_days, terms_eom, updated_at, updated_by)"
                        + " VALUES (:organisation, :days, :eom, :at, :by)")
                .param("organisation", organisationId)
                .param("days", terms.days())
                .param("eom", terms.endOfMonth())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by.length() > 100 ? by.substring(0, 100) : by)
                .update();
    }

    /** Whether documents of the series are credit notes ({@code creditNotes}) or invoices and deposits (else). */
    private boolean seriesHolds(String series, boolean creditNotes) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE series = :series AND "
                                + (creditNotes ? "kind = 'CREDIT_NOTE'" : "kind <> 'CREDIT_NOTE'"))
                        .param("series", series)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String prefix(@Nullable String typed, String field) {
        String prefix = typed == null ? "" : typed.strip();
        if (!BillingSettings.PREFIX.matcher(prefix).matches()) {
            throw new BillingRuleViolation(field, "billing.error.prefix");
        }
        return prefix;
    }
}
