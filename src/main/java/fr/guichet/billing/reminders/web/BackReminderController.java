package fr.guichet.billing.reminders.web;

import fr.guichet.billing.reminders.AccountHolds;
import fr.guichet.billing.reminders.ReminderRun;
import fr.guichet.billing.reminders.ReminderRuns;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.PageAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/reminders}: the reminder runs (start one by hand and follow its progress bar — leave the page
 * and come back, the run goes on), and the customers whose account is on hold.
 */
@Controller
@RequestMapping("/back/billing/reminders")
class BackReminderController {

    static final int RUNS = 10;

    private final ReminderRuns runs;
    private final AccountHolds holds;
    private final CustomerManagement customers;

    BackReminderController(ReminderRuns runs, AccountHolds holds, CustomerManagement customers) {
        this.runs = runs;
        this.holds = holds;
        this.customers = customers;
    }

    @GetMapping
    String show(Model model) {
        return page(model, null);
    }

    @PostMapping("/runs")
    String start(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
        long id = runs.start(user.getDisplayName());
        return PageAction.done(redirect, "reminders.run.started", id, "/back/billing/reminders/runs/" + id);
    }

    /** The run's page; to htmx's poll, its progress block alone. */
    @GetMapping("/runs/{id}")
    String run(
            @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        ReminderRun run = runs.get(id);
        model.addAttribute("run", run);
        return htmx != null ? "billing/reminders/back-run :: progress" : "billing/reminders/back-run";
    }

    @PostMapping("/holds")
    String hold(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(required = false) @Nullable Long organisationId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        return PageAction.run(
                () -> {
                    holds.hold(organisationId, reason, user.getDisplayName());
                    return PageAction.done(redirect, "reminders.hold.saved", "", "/back/billing/reminders");
                },
                "admin.error.conflict",
                why -> {
                    model.addAttribute("holdOrganisationId", organisationId);
                    model.addAttribute("holdReason", reason);
                    return page(model, why);
                });
    }

    @PostMapping("/holds/{organisationId}/release")
    String release(@PathVariable long organisationId, RedirectAttributes redirect) {
        holds.release(organisationId);
        return PageAction.done(redirect, "reminders.hold.released", "", "/back/billing/reminders");
    }

    private String page(Model model, @Nullable String holdError) {
        model.addAttribute("runs", runs.latest(RUNS));
        model.addAttribute("ongoing", runs.ongoing().orElse(null));
        model.addAttribute("holds", holds.all());
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("holdError", holdError);
        return "billing/reminders/back-reminders";
    }
}
