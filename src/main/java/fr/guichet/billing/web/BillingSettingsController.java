package fr.guichet.billing.web;

import fr.guichet.billing.BillingSettings;
import fr.guichet.billing.BillingSettingsManagement;
import fr.guichet.billing.PaymentTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.math.BigDecimal;
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

/** {@code /back/billing/settings}: billing's typed settings, with the version read. */
@Controller
class BillingSettingsController {

    private final BillingSettingsManagement settings;

    BillingSettingsController(BillingSettingsManagement settings) {
        this.settings = settings;
    }

    record SettingsForm(
            boolean vatOnDebits,
            @Nullable String lateInterestRate,
            @Nullable String earlyPaymentDiscount,
            @Nullable String defaultTermsDays,
            boolean defaultTermsEndOfMonth,
            @Nullable String invoicePrefix,
            @Nullable String creditNotePrefix,
            int version) {

        static SettingsForm of(BillingSettings s) {
            return new SettingsForm(
                    s.vatOnDebits(),
                    s.lateInterestRate().toPlainString(),
                    s.earlyPaymentDiscount(),
                    String.valueOf(s.defaultTerms().days()),
                    s.defaultTerms().endOfMonth(),
                    s.invoicePrefix(),
                    s.creditNotePrefix(),
                    s.version());
        }

        BillingSettings typed() {
            BigDecimal rate =
                    InvoiceForms.number(lateInterestRate, 3, "lateInterestRate", "billing.error.interest-rate");
            BigDecimal days = InvoiceForms.number(defaultTermsDays, 3, "defaultTermsDays", "billing.error.terms-days");
            if (days.stripTrailingZeros().scale() > 0) {
                throw new fr.guichet.billing.BillingRuleViolation("defaultTermsDays", "billing.error.terms-days");
            }
            return new BillingSettings(
                    vatOnDebits,
                    rate,
                    earlyPaymentDiscount,
                    new PaymentTerms(days.intValue(), defaultTermsEndOfMonth),
                    invoicePrefix,
                    creditNotePrefix,
                    version,
                    null,
                    null);
        }
    }

    @GetMapping("/back/billing/settings")
    String show(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        model.addAttribute("current", settings.current());
        return "billing/back-settings";
    }

    @PostMapping("/back/billing/settings")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            settings.change(form.typed(), form.version(), user.getDisplayName());
            return PageAction.done(redirect, "billing.settings.saved", "", "/back/billing/settings");
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        model.addAttribute("current", settings.current());
        return "billing/back-settings";
    }
}
