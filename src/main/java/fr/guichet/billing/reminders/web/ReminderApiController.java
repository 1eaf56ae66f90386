package fr.guichet.billing.reminders.web;

import fr.guichet.billing.BillingRefused;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.reminders.InvoiceDisputes;
import fr.guichet.billing.reminders.Reminder;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An invoice's reminders and dispute in the API ({@code /api/v1/invoices/{id}/reminders}, {@code …/dispute}): billing
 * and administrators only, as the pages.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/invoices/{id}")
class ReminderApiController {

    private final InvoiceManagement invoices;
    private final Reminders reminders;
    private final InvoiceDisputes disputes;

    ReminderApiController(InvoiceManagement invoices, Reminders reminders, InvoiceDisputes disputes) {
        this.invoices = invoices;
        this.reminders = reminders;
        this.disputes = disputes;
    }

    record InvoiceDispute(
            @Size(max = InvoiceDisputes.REASON_MAX) @Nullable
            String reason) {}

    record ReminderView(
            long id,
            String level,
            int instalment,
            Instant sentAt,
            BigDecimal balance,
            BigDecimal interest,
            BigDecimal indemnity,
            @Nullable String recipient) {

        static ReminderView of(Reminder r) {
            return new ReminderView(
                    r.id(),
                    r.levelCode(),
                    r.instalment(),
                    r.sentAt(),
                    r.balance().amount(),
                    r.interest().amount(),
                    r.indemnity().amount(),
                    r.recipient());
        }
    }

    record InvoiceRemindersView(
            long invoiceId, boolean disputed, @Nullable String disputeReason, List<ReminderView> reminders) {}

    @GetMapping("/reminders")
    InvoiceRemindersView read(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        BillingRefused.requireKeepsInvoices(caller);
        return view(id);
    }

    @PutMapping("/dispute")
    InvoiceRemindersView dispute(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody InvoiceDispute body) {
        BillingRefused.requireKeepsInvoices(caller);
        disputes.dispute(id, body.reason(), caller.getDisplayName());
        return view(id);
    }

    @DeleteMapping("/dispute")
    InvoiceRemindersView lift(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        BillingRefused.requireKeepsInvoices(caller);
        disputes.lift(id, caller.getDisplayName());
        return view(id);
    }

    private InvoiceRemindersView view(long id) {
        invoices.get(id);
        var dispute = disputes.of(id);
        return new InvoiceRemindersView(
                id,
                dispute.isPresent(),
                dispute.map(InvoiceDisputes.Dispute::reason).orElse(null),
                reminders.ofInvoice(id).stream().map(ReminderView::of).toList());
    }
}
