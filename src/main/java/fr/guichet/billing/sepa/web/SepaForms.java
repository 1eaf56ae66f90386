package fr.guichet.billing.sepa.web;

import fr.guichet.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** A broken rule next to its field when the form has it, else at the top of the form. */
final class SepaForms {

    private SepaForms() {}

    static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
        } else {
            errors.reject(violation.messageKey(), violation.messageArguments(), null);
        }
    }
}
