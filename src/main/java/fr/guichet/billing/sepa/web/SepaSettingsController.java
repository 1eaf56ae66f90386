package fr.guichet.billing.sepa.web;

import fr.guichet.billing.sepa.SepaCreditor;
import fr.guichet.billing.sepa.SepaSettings;
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

/** {@code /back/billing/settings/sepa}: the company's SEPA creditor identifier (ICS), with every value it had. */
@Controller
class SepaSettingsController {

    record CreditorForm(@Nullable String creditorId, long expected) {}

    private final SepaCreditor creditor;
    private final SepaSettings settings;

    SepaSettingsController(SepaCreditor creditor, SepaSettings settings) {
        this.creditor = creditor;
        this.settings = settings;
    }

    @GetMapping("/back/billing/settings/sepa")
    String show(Model model) {
        model.addAttribute(
                "form",
                creditor.current()
                        .map(c -> new CreditorForm(c.creditorId(), c.id()))
                        .orElse(new CreditorForm("", 0)));
        return page(model);
    }

    @PostMapping("/back/billing/settings/sepa")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") CreditorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            SepaCreditor.Change saved = creditor.change(form.creditorId(), form.expected(), user.getDisplayName());
            return PageAction.done(
                    redirect, "billing.sepa.settings.saved", saved.creditorId(), "/back/billing/settings/sepa");
        } catch (RuleViolation violation) {
            SepaForms.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("history", creditor.history());
        model.addAttribute("noticeDays", settings.noticeDays());
        return "billing/sepa/settings";
    }
}
