package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/reconciliation}: the statement entries no rule matched, each with its ranked suggestions, and
 * what a clerk does with one — match it to an invoice, split it over several, book it as something else, ignore it —
 * and the entries handled lately, each undoable. Plain forms in reading order (j/k move between entries when scripts
 * run); a refused act shows the page again with the reason at the entry and what was typed.
 */
@Controller
@RequestMapping("/back/billing/reconciliation")
class ReconciliationController {

    private static final String PAGE = "/back/billing/reconciliation";

    private final Reconciliation reconciliation;
    private final EntryReconciliation acts;

    ReconciliationController(Reconciliation reconciliation, EntryReconciliation acts) {
        this.reconciliation = reconciliation;
        this.acts = acts;
    }

    /** A refused act: at which entry, why, and what was typed. */
    record Refusal(long entryId, String key, Object[] arguments, String typed) {}

    @GetMapping
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping("/{id}/match")
    String match(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long invoiceId,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(id, "", model, redirect, "billing.statements.done.matched", () -> {
            if (invoiceId == null) {
                throw new BillingRuleViolation("invoiceId", "billing.statements.error.invoice-choose");
            }
            acts.matchOne(id, version, invoiceId, user.getDisplayName());
        });
    }

    @PostMapping("/{id}/split")
    String split(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(name = "invoiceId", required = false) @Nullable List<Long> invoiceIds,
            @RequestParam(name = "amount", required = false) @Nullable List<String> amounts,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        String typed = amounts == null ? "" : String.join(" | ", amounts);
        return act(id, typed, model, redirect, "billing.statements.done.matched", () -> {
            List<Share> shares = new ArrayList<>();
            if (invoiceIds != null && amounts != null) {
                for (int i = 0; i < Math.min(invoiceIds.size(), amounts.size()); i++) {
                    if (amounts.get(i) == null || amounts.get(i).isBlank()) {
                        continue;
                    }
                    Money amount = Money.parse(amounts.get(i), Money.EUR)
                            .orElseThrow(
                                    () -> new BillingRuleViolation("amounts", "billing.statements.error.split-amount"));
                    shares.add(new Share(invoiceIds.get(i), amount));
                }
            }
            if (shares.size() < 2) {
                throw new BillingRuleViolation("amounts", "billing.statements.error.split-two");
            }
            acts.match(id, version, shares, user.getDisplayName());
        });
    }

    @PostMapping("/{id}/book")
    String book(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String accountLabel,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        BookingKind booking = Arrays.stream(BookingKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        return act(
                id,
                accountLabel == null ? "" : accountLabel,
                model,
                redirect,
                "billing.statements.done.booked",
                () -> acts.book(id, version, booking, accountLabel, user.getDisplayName()));
    }

    @PostMapping("/{id}/ignore")
    String ignore(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                reason == null ? "" : reason,
                model,
                redirect,
                "billing.statements.done.ignored",
                () -> acts.ignore(id, version, reason, user.getDisplayName()));
    }

    @PostMapping("/{id}/undo")
    String undo(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                reason == null ? "" : reason,
                model,
                redirect,
                "billing.statements.done.undone",
                () -> acts.undo(id, version, reason, user.getDisplayName()));
    }

    private String act(long id, String typed, Model model, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            return PageAction.done(redirect, done, "", PAGE + "#entry-" + id);
        } catch (RuleViolation violation) {
            return page(model, new Refusal(id, violation.messageKey(), violation.messageArguments(), typed));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return page(model, new Refusal(id, "billing.statements.error.not-waiting", new Object[0], typed));
        }
    }

    private String page(Model model, @Nullable Refusal refusal) {
        model.addAttribute("waiting", reconciliation.waiting());
        model.addAttribute("waitingCount", reconciliation.countWaiting());
        model.addAttribute("handled", reconciliation.handled());
        model.addAttribute("kinds", BookingKind.values());
        model.addAttribute("errorAt", refusal);
        return "billing/statements/reconciliation";
    }
}
