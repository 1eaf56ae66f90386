package fr.guichet.billing.reminders.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.reminders.ReminderLevel;
import fr.guichet.billing.reminders.ReminderLevelManagement;
import fr.guichet.billing.reminders.ReminderText;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/reminders/levels}: the reminder levels (friendly reminder, formal reminder, formal notice), each
 * with its delay after the due date and its email's subject and body in French and English; the changes' history.
 */
@Controller
@RequestMapping("/back/billing/reminders/levels")
class BackReminderLevelsController {

    static final int HISTORY = 30;

    private final ReminderLevelManagement levels;

    BackReminderLevelsController(ReminderLevelManagement levels) {
        this.levels = levels;
    }

    /** A level as typed. */
    record LevelForm(
            @Nullable String delayDays,
            @Nullable String subjectFr,
            @Nullable String bodyFr,
            @Nullable String subjectEn,
            @Nullable String bodyEn,
            int version) {

        static LevelForm of(ReminderLevel level) {
            return new LevelForm(
                    String.valueOf(level.delayDays()),
                    level.subjectFr(),
                    level.bodyFr(),
                    level.subjectEn(),
                    level.bodyEn(),
                    level.version());
        }

        ReminderLevelManagement.Texts typed() {
            int delay;
            try {
                delay = Integer.parseInt(delayDays == null ? "" : delayDays.strip());
            } catch (NumberFormatException notANumber) {
                throw new BillingRuleViolation(
                        "delayDays", "reminders.levels.error.delay", ReminderLevelManagement.DELAY_MAX);
            }
            return new ReminderLevelManagement.Texts(
                    delay, text(subjectFr), text(bodyFr), text(subjectEn), text(bodyEn));
        }

        private static String text(@Nullable String typed) {
            return typed == null ? "" : typed;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("levels", levels.levels());
        model.addAttribute("history", levels.history(HISTORY));
        return "billing/reminders/back-levels";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", LevelForm.of(levels.level(id)));
        return page(model, id);
    }

    @PostMapping("/{id}")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @ModelAttribute("form") LevelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            ReminderLevel saved = levels.change(id, form.version(), form.typed(), user.getDisplayName());
            return PageAction.done(
                    redirect, "reminders.levels.saved", saved.position(), "/back/billing/reminders/levels");
        } catch (RuleViolation violation) {
            ReminderForms.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        return page(model, id);
    }

    private String page(Model model, long id) {
        model.addAttribute("level", levels.level(id));
        model.addAttribute(
                "placeholders",
                String.join(
                        ", ",
                        new TreeSet<>(ReminderText.PLACEHOLDERS)
                                .stream().map(p -> "{" + p + "}").toList()));
        return "billing/reminders/back-level";
    }
}
