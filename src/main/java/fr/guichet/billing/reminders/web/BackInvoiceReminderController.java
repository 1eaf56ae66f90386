package fr.guichet.billing.reminders.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.reminders.InvoiceDisputes;
import fr.guichet.billing.reminders.LateChargeInvoicing;
import fr.guichet.billing.reminders.PaymentPlans;
import fr.guichet.billing.reminders.ReminderPolicy;
import fr.guichet.billing.reminders.ReminderReplies;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.billing.reminders.UnknownReminder;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What billing does about reminders from an invoice's page: put it under dispute or lift the dispute, give it a
 * payment plan or end it, mark the customer's "already paid" as looked at, and open a reminder's letter. A broken rule
 * comes back to the invoice's page with its message.
 */
@Controller
class BackInvoiceReminderController {

    private final InvoiceDisputes disputes;
    private final PaymentPlans plans;
    private final ReminderReplies replies;
    private final Reminders reminders;
    private final LateChargeInvoicing charges;

    BackInvoiceReminderController(
            InvoiceDisputes disputes,
            PaymentPlans plans,
            ReminderReplies replies,
            Reminders reminders,
            LateChargeInvoicing charges) {
        this.charges = charges;
        this.disputes = disputes;
        this.plans = plans;
        this.replies = replies;
        this.reminders = reminders;
    }

    @PostMapping("/back/billing/invoices/{id}/dispute")
    String dispute(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "reminders.dispute.saved", () -> disputes.dispute(id, reason, user.getDisplayName()));
    }

    @PostMapping("/back/billing/invoices/{id}/dispute/lift")
    String lift(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "reminders.dispute.lifted", () -> disputes.lift(id, user.getDisplayName()));
    }

    @PostMapping("/back/billing/invoices/{id}/plan")
    String plan(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        // read as sent, one value per field: a single "96,00" bound to a List would be split at its comma
        return act(
                id,
                redirect,
                "reminders.plan.saved",
                () -> plans.create(id, instalments(form.get("dueOn"), form.get("amount")), user.getDisplayName()));
    }

    /** Drafts the invoice of the late invoice's interest and indemnity, and opens it. */
    @PostMapping("/back/billing/invoices/{id}/late-charges")
    String charge(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long draft = charges.draft(id, user.getDisplayName()).getId();
            return PageAction.done(redirect, "reminders.charges.drafted", "", "/back/billing/invoices/" + draft);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("reminderError", violation.messageKey());
            redirect.addFlashAttribute("reminderErrorArgs", violation.messageArguments());
            return "redirect:/back/billing/invoices/" + id;
        }
    }

    @PostMapping("/back/billing/invoices/{id}/plan/end")
    String endPlan(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "reminders.plan.ended", () -> plans.end(id, user.getDisplayName()));
    }

    @PostMapping("/back/billing/invoices/{id}/reminder-replies/{reply}/reviewed")
    String reviewed(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long reply,
            RedirectAttributes redirect) {
        if (replies.ofInvoice(id).stream().noneMatch(r -> r.id() == reply)) {
            throw new UnknownReminder("reply " + reply);
        }
        return act(id, redirect, "reminders.reply.reviewed", () -> replies.reviewed(reply, user.getDisplayName()));
    }

    @GetMapping("/back/billing/reminders/{id}/pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        return letterOf(reminders, id);
    }

    static ResponseEntity<byte[]> letterOf(Reminders reminders, long id) {
        var reminder = reminders.find(id).orElseThrow(() -> new UnknownReminder(String.valueOf(id)));
        byte[] pdf = reminders.letter(id).orElseThrow(() -> new UnknownReminder(id + " (no letter)"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(
                                        "relance-" + reminder.invoiceNumber() + "-" + reminder.levelPosition() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private static List<ReminderPolicy.Instalment> instalments(
            @Nullable List<String> dates, @Nullable List<String> amounts) {
        List<String> when = dates == null ? List.of() : dates;
        List<String> howMuch = amounts == null ? List.of() : amounts;
        List<ReminderPolicy.Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < Math.max(when.size(), howMuch.size()); i++) {
            String date = i < when.size() ? when.get(i).strip() : "";
            String amount = i < howMuch.size() ? howMuch.get(i).strip() : "";
            if (date.isEmpty() && amount.isEmpty()) {
                continue;
            }
            int position = instalments.size() + 1;
            LocalDate due;
            try {
                due = LocalDate.parse(date);
            } catch (DateTimeParseException notADate) {
                throw new BillingRuleViolation("instalments", "reminders.plan.error.dates", position);
            }
            Money money = Money.parse(amount, Money.EUR)
                    .orElseThrow(
                            () -> new BillingRuleViolation("instalments", "reminders.plan.error.amount", position));
            instalments.add(new ReminderPolicy.Instalment(position, due, money));
        }
        return instalments;
    }

    private static String act(long id, RedirectAttributes redirect, String flash, Runnable change) {
        String path = "/back/billing/invoices/" + id;
        try {
            change.run();
            return PageAction.done(redirect, flash, "", path);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("reminderError", violation.messageKey());
            redirect.addFlashAttribute("reminderErrorArgs", violation.messageArguments());
            return "redirect:" + path;
        }
    }
}
