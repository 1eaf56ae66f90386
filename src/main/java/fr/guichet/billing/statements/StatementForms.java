package fr.guichet.billing.statements;

import fr.guichet.shared.RuleViolation;
import java.util.Arrays;
import org.springframework.validation.BindingResult;

/** A broken rule shown next to its field when the form has that field, else at the top of the form. */
final class StatementForms {

    private StatementForms() {}

    static void reject(BindingResult errors, RuleViolation violation) {
        Object target = errors.getTarget();
        boolean hasField = violation.field() != null
                && (target == null
                        || !target.getClass().isRecord()
                        || Arrays.stream(target.getClass().getRecordComponents())
                                .anyMatch(c -> c.getName().equals(violation.field())));
        if (hasField) {
            try {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
                return;
            } catch (RuntimeException noSuchField) {
                // not a field of this form after all: said at the top of the form
            }
        }
        errors.reject(violation.messageKey(), violation.messageArguments(), null);
    }
}
