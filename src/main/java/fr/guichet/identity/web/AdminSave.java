package fr.guichet.identity.web;

import fr.guichet.identity.AccountRuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * Runs the save of an administration form (site, team): a broken rule goes next to its field, a change made
 * meanwhile by someone else above the form.
 */
final class AdminSave {

    private AdminSave() {}

    /** Whether the form was valid and {@code save} went through. */
    static boolean saved(BindingResult errors, Runnable save) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (AccountRuleViolation violation) {
            errors.rejectValue(violation.field(), violation.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("admin.error.conflict");
        }
        return false;
    }
}
