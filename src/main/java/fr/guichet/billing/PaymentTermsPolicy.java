package fr.guichet.billing;

/**
 * The legal maximum of payment terms between businesses (code de commerce L441-10): 60 days from the invoice date, or
 * 45 days end of month; never negative. Every place that sets terms (billing settings, a customer's terms, an invoice)
 * checks them here.
 */
public final class PaymentTermsPolicy {

    public static final int MAX_DAYS = 60;
    public static final int MAX_DAYS_END_OF_MONTH = 45;

    private PaymentTermsPolicy() {}

    /** The terms if lawful; otherwise a violation on {@code field} saying the maximum. */
    public static PaymentTerms check(PaymentTerms terms, String field) {
        if (terms.days() < 0) {
            throw new BillingRuleViolation(field, "billing.error.terms-negative");
        }
        int max = terms.endOfMonth() ? MAX_DAYS_END_OF_MONTH : MAX_DAYS;
        if (terms.days() > max) {
            throw new BillingRuleViolation(
                    field, terms.endOfMonth() ? "billing.error.terms-max-eom" : "billing.error.terms-max", max);
        }
        return terms;
    }
}
