package fr.guichet.billing.accounting.web;

import fr.guichet.billing.accounting.AccountRole;
import fr.guichet.billing.accounting.ChartOfAccountsManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/accounting/accounts}: which account each role books on, one form per role; the change names
 * the number and label it replaces (a change made meanwhile is not overwritten); the changes' history below.
 */
@Controller
class ChartOfAccountsController {

    private final ChartOfAccountsManagement chart;

    ChartOfAccountsController(ChartOfAccountsManagement chart) {
        this.chart = chart;
    }

    record AccountForm(
            @Nullable AccountRole role,
            @Nullable String number,
            @Nullable String label,
            @Nullable String numberSeen,
            @Nullable String labelSeen) {}

    @GetMapping("/back/billing/accounting/accounts")
    String show(Model model) {
        return page(model, null);
    }

    @PostMapping("/back/billing/accounting/accounts")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.role() == null) {
            errors.reject("billing.accounting.error.role");
            return again(model, form);
        }
        try {
            boolean changed = chart.change(
                    form.role(),
                    form.number(),
                    form.label(),
                    form.numberSeen() == null ? "" : form.numberSeen(),
                    form.labelSeen() == null ? "" : form.labelSeen(),
                    user.getDisplayName());
            return PageAction.done(
                    redirect,
                    changed ? "billing.accounting.accounts.saved" : "billing.accounting.accounts.unchanged",
                    "",
                    "/back/billing/accounting/accounts");
        } catch (RuleViolation violation) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        return again(model, form);
    }

    private String again(Model model, AccountForm form) {
        return page(model, form);
    }

    private String page(Model model, @Nullable AccountForm failed) {
        model.addAttribute("accounts", chart.current().inOrder());
        model.addAttribute("failedRole", failed == null ? null : failed.role());
        if (failed == null) {
            model.addAttribute("form", new AccountForm(null, null, null, null, null));
        }
        model.addAttribute("history", chart.history(50));
        return "billing/back-accounts";
    }
}
