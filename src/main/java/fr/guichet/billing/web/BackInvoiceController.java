package fr.guichet.billing.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceLineInput;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.LifecycleStatus;
import fr.guichet.billing.web.InvoiceForms.HeaderForm;
import fr.guichet.billing.web.InvoiceForms.LineForm;
import fr.guichet.billing.web.InvoiceForms.NewInvoiceForm;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.FormRecovery;
import fr.guichet.shared.web.PageAction;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An invoice in the back office (BILLING and ADMIN, {@code /back/billing/**}): a new draft, its page — the draft
 * editor (lines from the catalogue or free, period, purchase order, terms), validation, credit note, sending, payments,
 * lifecycle statuses, history — and its files.
 */
@Controller
@RequestMapping("/back/billing/invoices")
class BackInvoiceController {

    private final InvoiceManagement invoices;
    private final InvoiceLineInput input;
    private final CustomerManagement customers;
    private final InvoiceFiles files;
    private final InvoicePage pages;

    BackInvoiceController(
            InvoiceManagement invoices,
            InvoiceLineInput input,
            CustomerManagement customers,
            InvoiceFiles files,
            InvoicePage pages) {
        this.invoices = invoices;
        this.input = input;
        this.customers = customers;
        this.files = files;
        this.pages = pages;
    }

    @GetMapping("/new")
    String blank(@RequestParam(required = false) Long organisationId, Model model) {
        model.addAttribute("form", NewInvoiceForm.blank(organisationId));
        return newPage(model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") NewInvoiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form == null) {
            FormRecovery.recover(model, "form", form, errors, NewInvoiceForm.blank(null));
            return newPage(model);
        }
        if (form.organisationId() == null) {
            errors.rejectValue("organisationId", "billing.error.customer");
        }
        if (!errors.hasErrors()) {
            try {
                Invoice draft = invoices.create(
                        new InvoiceDraft(
                                form.organisationId(),
                                form.kind() == null || form.kind() == InvoiceKind.CREDIT_NOTE
                                        ? InvoiceKind.INVOICE
                                        : form.kind(),
                                form.serviceFrom(),
                                form.serviceTo(),
                                form.purchaseOrder(),
                                null,
                                null,
                                null,
                                List.of()),
                        user.getDisplayName());
                return PageAction.done(redirect, "billing.draft.created", draft.getId(), path(draft));
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        return newPage(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Invoice invoice = invoices.get(id);
        model.addAttribute("lineForm", LineForm.blank(invoice.getVersion()));
        model.addAttribute("headerForm", HeaderForm.of(invoice));
        return page(model, invoice);
    }

    @PostMapping("/{id}/lines")
    String addLine(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @ModelAttribute("lineForm") LineForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Invoice changed =
                    invoices.addLine(id, form.version(), input.line(form.typed(), locale), user.getDisplayName());
            return PageAction.done(redirect, "billing.line.added", number(changed), path(changed));
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        Invoice invoice = invoices.get(id);
        model.addAttribute("headerForm", HeaderForm.of(invoice));
        return page(model, invoice);
    }

    @PostMapping("/{id}/header")
    String changeHeader(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @ModelAttribute("headerForm") HeaderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            Invoice changed = invoices.change(
                    id,
                    form.version(),
                    form.from(),
                    form.to(),
                    form.purchaseOrder(),
                    form.terms(),
                    form.notes(),
                    user.getDisplayName());
            return PageAction.done(redirect, "billing.draft.saved", number(changed), path(changed));
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        Invoice invoice = invoices.get(id);
        model.addAttribute("lineForm", LineForm.blank(invoice.getVersion()));
        return page(model, invoice);
    }

    @PostMapping("/{id}/lines/{index}/remove")
    String removeLine(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "billing.line.removed",
                () -> invoices.removeLine(id, version, index, user.getDisplayName()));
    }

    @PostMapping("/{id}/validate")
    String validate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "billing.validated",
                () -> invoices.validateDraft(id, version, user.getDisplayName()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
        return PageAction.run(
                () -> {
                    invoices.deleteDraft(id, version);
                    return PageAction.done(redirect, "billing.draft.deleted", id, "/back/billing");
                },
                "admin.error.conflict",
                reason -> again(id, model, reason));
    }

    /** A full credit note of what is left on the invoice, as a draft to adjust and validate. */
    @PostMapping("/{id}/credit-note")
    String creditNote(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "billing.credit-note.drafted",
                () -> invoices.draftCreditNoteFromPage(id, user.getDisplayName()));
    }

    @PostMapping("/{id}/send")
    String send(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean byEmail,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                byEmail ? "billing.sent.email" : "billing.sent",
                () -> invoices.markSent(id, version, byEmail, user.getDisplayName()));
    }

    @PostMapping("/{id}/lifecycle")
    String lifecycle(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, redirect, "billing.lifecycle.recorded", () -> {
            if (status == null) {
                throw new BillingRuleViolation("lifecycle", "billing.error.lifecycle");
            }
            return invoices.moveLifecycle(id, version, status, reason, user.getDisplayName());
        });
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return InvoiceDownloads.download(files.pdf(issued(id)));
    }

    @GetMapping("/{id}/factur-x")
    ResponseEntity<byte[]> facturX(@PathVariable long id) {
        return InvoiceDownloads.download(files.facturX(issued(id)));
    }

    private Invoice issued(long id) {
        Invoice invoice = invoices.get(id);
        if (!invoice.getStatus().isIssued()) {
            throw new fr.guichet.billing.UnknownInvoice(id + " (draft)");
        }
        return invoice;
    }

    private String act(long id, Model model, RedirectAttributes redirect, String flash, Supplier<Invoice> action) {
        return PageAction.run(
                () -> {
                    Invoice done = action.get();
                    return PageAction.done(redirect, flash, number(done), path(done));
                },
                "admin.error.conflict",
                reason -> again(id, model, reason));
    }

    private String again(long id, Model model, String reason) {
        model.addAttribute("actionError", reason);
        Invoice invoice = invoices.get(id);
        model.addAttribute("lineForm", LineForm.blank(invoice.getVersion()));
        model.addAttribute("headerForm", HeaderForm.of(invoice));
        return page(model, invoice);
    }

    private String page(Model model, Invoice invoice) {
        return pages.render(model, invoice);
    }

    private String newPage(Model model) {
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("kinds", List.of(InvoiceKind.INVOICE, InvoiceKind.DEPOSIT));
        return "billing/back-invoice-new";
    }

    private static String number(Invoice invoice) {
        return invoice.getNumber() == null ? "#" + invoice.getId() : invoice.getNumber();
    }

    private static String path(Invoice invoice) {
        return "/back/billing/invoices/" + invoice.getId();
    }
}
