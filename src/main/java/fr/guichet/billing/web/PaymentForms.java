package fr.guichet.billing.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The payment forms as typed: kept as text, so that a refused form shows again exactly what was typed. */
final class PaymentForms {

    private PaymentForms() {}

    /** A payment of one invoice, from its page: the date, the method, the amount, the payer's reference. */
    record InvoicePaymentForm(
            @Nullable String receivedOn,
            @Nullable PaymentMethod method,
            @Nullable String amount,
            @Nullable String reference) {

        static InvoicePaymentForm of(Invoice invoice, LocalDate today) {
            Money balance = invoice.balance();
            return new InvoicePaymentForm(
                    today.toString(),
                    PaymentMethod.TRANSFER,
                    balance.amount().signum() > 0 ? balance.plain(Locale.FRANCE) : "",
                    null);
        }

        /** A refund of what the invoice owes back (its balance below zero). */
        static InvoicePaymentForm refundOf(Invoice invoice, LocalDate today) {
            Money balance = invoice.balance();
            return new InvoicePaymentForm(
                    today.toString(),
                    PaymentMethod.TRANSFER,
                    balance.isNegative() ? balance.negate().plain(Locale.FRANCE) : "",
                    null);
        }

        /** The same form read as a refund: the amount typed goes back to the customer. */
        NewPayment refund(long organisationId) {
            NewPayment typed = payment(organisationId);
            return new NewPayment(
                    organisationId,
                    typed.receivedOn(),
                    typed.amount().negate(),
                    typed.method(),
                    typed.reference(),
                    null,
                    null,
                    null,
                    null);
        }

        NewPayment payment(long organisationId) {
            if (method == null) {
                throw new BillingRuleViolation("method", "billing.error.payment-method");
            }
            return new NewPayment(
                    organisationId,
                    PaymentForms.date(receivedOn, "receivedOn"),
                    PaymentForms.amount(amount, "amount"),
                    method,
                    reference,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A payment received from a customer, to allocate to their open invoices (or keep as credit). */
    record NewPaymentForm(
            @Nullable Long organisationId,
            @Nullable String receivedOn,
            @Nullable PaymentMethod method,
            @Nullable String amount,
            @Nullable String reference,
            @Nullable String payerName,
            @Nullable String payerIban,
            @Nullable String notes,
            @Nullable Boolean refund,
            @Nullable String submission) {

        /** A blank form, with the key that makes its second sending (a double click) record nothing more. */
        static NewPaymentForm blank(@Nullable Long organisationId, LocalDate today) {
            return new NewPaymentForm(
                    organisationId,
                    today.toString(),
                    PaymentMethod.TRANSFER,
                    "",
                    null,
                    null,
                    null,
                    null,
                    false,
                    java.util.UUID.randomUUID().toString());
        }

        /** The form's key when it is one this page wrote (a UUID), else none: then each sending records a payment. */
        @Nullable
        String submissionKey() {
            return submission != null && submission.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
                    ? submission
                    : null;
        }

        NewPayment payment() {
            if (organisationId == null) {
                throw new BillingRuleViolation("organisationId", "billing.error.customer");
            }
            if (method == null) {
                throw new BillingRuleViolation("method", "billing.error.payment-method");
            }
            Money typed = PaymentForms.amount(amount, "amount");
            return new NewPayment(
                    organisationId,
                    PaymentForms.date(receivedOn, "receivedOn"),
                    Boolean.TRUE.equals(refund) ? typed.negate() : typed,
                    method,
                    reference,
                    payerName,
                    payerIban,
                    null,
                    notes);
        }
    }

    /** The refusal next to its field when the form has it, else for the form as a whole. */
    static org.springframework.validation.BindingResult errors(
            Object form, String name, BillingRuleViolation violation, java.util.Set<String> fields) {
        var errors = new org.springframework.validation.BeanPropertyBindingResult(form, name);
        if (fields.contains(violation.field())) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
        } else {
            errors.reject(violation.messageKey(), violation.messageArguments(), null);
        }
        return errors;
    }

    /** An amount as typed ("1 234,50"), above zero, two decimals at most. */
    static Money amount(@Nullable String typed, String field) {
        Money amount = Money.parse(typed == null ? "" : typed, Money.EUR)
                .orElseThrow(() -> new BillingRuleViolation(field, "billing.error.amount-unreadable"));
        if (amount.amount().signum() <= 0) {
            throw new BillingRuleViolation(field, "billing.error.payment-amount");
        }
        return amount;
    }

    static LocalDate date(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw new BillingRuleViolation(field, "billing.error.payment-date");
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new BillingRuleViolation(field, "billing.error.payment-date");
        }
    }
}
