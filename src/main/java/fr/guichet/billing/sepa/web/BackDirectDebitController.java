package fr.guichet.billing.sepa.web;

import fr.guichet.billing.sepa.Batch;
import fr.guichet.billing.sepa.Debit;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.billing.sepa.ReturnReason;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing's SEPA direct debits ({@code /back/billing/direct-debits}): what a collection date would debit, the batch
 * made of it (its pain.008 file to download and send to the bank), the batches kept; a batch's page cancels it before
 * its date, records its collection once the date has come (the job does it too), and records a debit that came back
 * with its reason code.
 */
@Controller
class BackDirectDebitController {

    static final int PAGE = 50;

    private final DirectDebits debits;
    private final CustomerManagement customers;

    BackDirectDebitController(DirectDebits debits, CustomerManagement customers) {
        this.debits = debits;
        this.customers = customers;
    }

    @GetMapping("/back/billing/direct-debits")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate collectionDate,
            @RequestParam(required = false) Long before,
            Model model) {
        List<Batch> rows = debits.batches(before, PAGE + 1);
        boolean more = rows.size() > PAGE;
        List<Batch> shown = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("batches", shown);
        model.addAttribute("next", more ? shown.get(PAGE - 1).id() : null);
        LocalDate date = collectionDate == null ? debits.today().plusDays(2) : collectionDate;
        List<DirectDebits.Candidate> due = debits.dueOn(date);
        model.addAttribute("collectionDate", date);
        model.addAttribute("due", due);
        model.addAttribute(
                "dueTotal",
                due.stream().map(DirectDebits.Candidate::amount).reduce(Money.zero(Money.EUR), Money::plus));
        model.addAttribute(
                "names",
                customers.names(
                        due.stream().map(DirectDebits.Candidate::organisationId).toList()));
        return "billing/sepa/direct-debits";
    }

    @PostMapping("/back/billing/direct-debits")
    String create(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate collectionDate,
            Model model,
            RedirectAttributes redirect) {
        try {
            Batch batch = debits.create(collectionDate, user.getDisplayName());
            return PageAction.done(
                    redirect,
                    "billing.sepa.batch.created",
                    batch.debitCount(),
                    "/back/billing/direct-debits/" + batch.id());
        } catch (RuleViolation violation) {
            model.addAttribute("createError", violation.messageKey());
            return list(collectionDate, null, model);
        }
    }

    @GetMapping("/back/billing/direct-debits/{id}")
    String show(@PathVariable long id, Model model) {
        Batch batch = debits.batch(id);
        List<Debit> rows = debits.debitsOf(id);
        model.addAttribute("batch", batch);
        model.addAttribute("debits", rows);
        model.addAttribute(
                "names",
                customers.names(rows.stream().map(Debit::organisationId).toList()));
        model.addAttribute("reasons", ReturnReason.values());
        model.addAttribute("today", debits.today());
        return "billing/sepa/batch";
    }

    @GetMapping("/back/billing/direct-debits/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        Batch batch = debits.batch(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(batch.filename())
                                .build()
                                .toString())
                .body(debits.file(id));
    }

    @PostMapping("/back/billing/direct-debits/{id}/cancel")
    String cancel(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "billing.sepa.batch.cancelled", () -> debits.cancel(id, user.getDisplayName()));
    }

    @PostMapping("/back/billing/direct-debits/{id}/collect")
    String collect(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "billing.sepa.batch.collected", () -> debits.collect(id, user.getDisplayName()));
    }

    /** A debit of the batch came back: its reason code and the day. */
    @PostMapping("/back/billing/direct-debits/debits/{debitId}/reject")
    String reject(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long debitId,
            @RequestParam(defaultValue = "") String reasonCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rejectedOn,
            @RequestParam long batchId,
            RedirectAttributes redirect) {
        try {
            Debit debit = debits.rejectDebit(debitId, reasonCode, rejectedOn, user.getDisplayName());
            return PageAction.done(
                    redirect,
                    "billing.sepa.debit.rejected",
                    debit.invoiceNumber(),
                    "/back/billing/direct-debits/" + debit.batchId());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("rejectError", violation.messageKey());
            redirect.addFlashAttribute("rejectDebit", debitId);
            return "redirect:/back/billing/direct-debits/" + batchId;
        }
    }

    private String act(long id, RedirectAttributes redirect, String done, java.util.function.Supplier<Batch> action) {
        try {
            Batch batch = action.get();
            return PageAction.done(redirect, done, batch.messageId(), "/back/billing/direct-debits/" + id);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("batchError", violation.messageKey());
            return "redirect:/back/billing/direct-debits/" + id;
        }
    }
}
