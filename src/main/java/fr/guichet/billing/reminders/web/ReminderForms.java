package fr.guichet.billing.reminders.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** What the reminders' pages share: numbers as people type them, a broken rule shown next to its field. */
final class ReminderForms {

    private ReminderForms() {}

    static BigDecimal number(@Nullable String typed, int integerDigits, int decimals, String field, String key) {
        return Decimals.parse(typed == null ? "" : typed, integerDigits, decimals)
                .orElseThrow(() -> new BillingRuleViolation(field, key));
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static void reject(BindingResult errors, RuleViolation violation) {
        Object target = errors.getTarget();
        boolean hasField = violation.field() != null
                && target != null
                && target.getClass().isRecord()
                && Arrays.stream(target.getClass().getRecordComponents())
                        .anyMatch(c -> c.getName().equals(violation.field()));
        if (hasField) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
        } else {
            errors.reject(violation.messageKey(), violation.messageArguments(), null);
        }
    }
}
