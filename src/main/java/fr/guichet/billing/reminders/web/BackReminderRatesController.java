package fr.guichet.billing.reminders.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.reminders.HalfYear;
import fr.guichet.billing.reminders.ReferenceRateManagement;
import fr.guichet.billing.reminders.ReferenceRateManagement.Kind;
import fr.guichet.billing.reminders.ReferenceRateManagement.Rate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/reminders/rates}: the ECB refinancing rate and the legal interest rate per half-year, a new
 * half-year or a corrected rate, and the history of the changes (billing and administrators).
 */
@Controller
@RequestMapping("/back/billing/reminders/rates")
class BackReminderRatesController {

    static final int HISTORY = 50;

    private final ReferenceRateManagement rates;

    BackReminderRatesController(ReferenceRateManagement rates) {
        this.rates = rates;
    }

    /** A rate as typed: {@code version} empty for a new half-year. */
    record RateForm(
            @Nullable Kind kind,
            @Nullable String halfYear,
            @Nullable String rate,
            @Nullable String source,
            @Nullable Integer version) {

        static RateForm blank() {
            return new RateForm(Kind.LEGAL, "", "", "", null);
        }

        static RateForm of(Rate rate) {
            return new RateForm(
                    rate.kind(),
                    rate.halfYear().toString(),
                    ReminderForms.plain(rate.rate()),
                    rate.source(),
                    rate.version());
        }
    }

    @GetMapping
    String show(
            @RequestParam(required = false) Kind kind, @RequestParam(required = false) String halfYear, Model model) {
        RateForm form = rates.all().stream()
                .filter(r -> r.kind() == kind && r.halfYear().toString().equals(halfYear))
                .findFirst()
                .map(RateForm::of)
                .orElse(RateForm.blank());
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping
    String set(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") RateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (form.kind() == null) {
                throw new BillingRuleViolation("kind", "reminders.rates.error.kind");
            }
            HalfYear half;
            try {
                half = HalfYear.parse(form.halfYear());
            } catch (IllegalArgumentException notAHalfYear) {
                throw new BillingRuleViolation("halfYear", "reminders.rates.error.half-year");
            }
            rates.set(
                    form.kind(),
                    half,
                    ReminderForms.number(form.rate(), 3, 3, "rate", "reminders.rates.error.rate"),
                    form.source(),
                    form.version(),
                    user.getDisplayName());
            return PageAction.done(redirect, "reminders.rates.saved", half.toString(), "/back/billing/reminders/rates");
        } catch (RuleViolation violation) {
            ReminderForms.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("rates", rates.all());
        model.addAttribute("history", rates.history(HISTORY));
        model.addAttribute("kinds", Kind.values());
        return "billing/reminders/back-rates";
    }
}
