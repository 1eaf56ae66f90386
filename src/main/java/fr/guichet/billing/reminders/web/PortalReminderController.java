package fr.guichet.billing.reminders.web;

import fr.guichet.billing.reminders.Reminder;
import fr.guichet.billing.reminders.ReminderReplies;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.billing.reminders.UnknownReminder;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.NewAttachment;
import fr.guichet.shared.RuleViolation;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reminder in the portal ({@code /portal/invoices/reminders/{id}}): its letter, and what the customer may answer — a
 * question, or "already paid" with a proof — each becoming a billing request linked to the invoice. Another
 * organisation's reminder is not found (404).
 */
@Controller
@RequestMapping("/portal/invoices/reminders")
class PortalReminderController {

    private final Reminders reminders;
    private final ReminderReplies replies;

    PortalReminderController(Reminders reminders, ReminderReplies replies) {
        this.reminders = reminders;
        this.replies = replies;
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Model model) {
        model.addAttribute("reminder", own(customer, id));
        return "billing/reminders/portal-reminder";
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id) {
        own(customer, id);
        return BackInvoiceReminderController.letterOf(reminders, id);
    }

    @PostMapping("/{id}/question")
    String question(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String text,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Reminder reminder = own(customer, id);
        return answer(reminder, ReminderReplies.Kind.QUESTION, text, null, customer, locale, model, redirect);
    }

    @PostMapping("/{id}/already-paid")
    String alreadyPaid(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable MultipartFile proof,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Reminder reminder = own(customer, id);
        NewAttachment file = proof == null || proof.isEmpty()
                ? null
                : new NewAttachment(proof.getOriginalFilename(), proof.getBytes());
        return answer(reminder, ReminderReplies.Kind.ALREADY_PAID, text, file, customer, locale, model, redirect);
    }

    private String answer(
            Reminder reminder,
            ReminderReplies.Kind kind,
            @Nullable String text,
            @Nullable NewAttachment proof,
            AccountPrincipal customer,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            ReminderReplies.Reply reply = replies.reply(reminder.id(), kind, text, proof, customer, locale);
            redirect.addFlashAttribute("flash", "reminders.portal.sent." + kind);
            redirect.addFlashAttribute("flashArg", reply.requestReference());
            return "redirect:/portal/requests/" + reply.requestReference();
        } catch (RuleViolation violation) {
            model.addAttribute("reminder", reminder);
            model.addAttribute(kind == ReminderReplies.Kind.QUESTION ? "questionError" : "paidError", violation);
            model.addAttribute(kind == ReminderReplies.Kind.QUESTION ? "questionText" : "paidText", text);
            return "billing/reminders/portal-reminder";
        }
    }

    private Reminder own(AccountPrincipal customer, long id) {
        Long organisationId = customer.getCustomerOrganisationId();
        return reminders
                .find(id)
                .filter(r -> organisationId != null && r.organisationId() == organisationId)
                .orElseThrow(() -> new UnknownReminder(String.valueOf(id)));
    }
}
