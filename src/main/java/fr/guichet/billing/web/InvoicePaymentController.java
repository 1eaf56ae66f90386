package fr.guichet.billing.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.payments.Allocation;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.web.PaymentForms.InvoicePaymentForm;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.Versions;
import fr.guichet.shared.web.FormRecovery;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payments from an invoice's page (BILLING and ADMIN): a payment of this invoice (date, method, amount, reference),
 * the customer's credit used on it, an allocation undone with its reason. A refused act shows the page again with the
 * message next to its field and what was typed.
 */
@Controller
class InvoicePaymentController {

    /** The form's fields: a refusal on another names the form as a whole. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("receivedOn", "method", "amount", "reference");

    private final InvoiceManagement invoices;
    private final PaymentManagement payments;
    private final InvoicePage pages;

    InvoicePaymentController(InvoiceManagement invoices, PaymentManagement payments, InvoicePage pages) {
        this.invoices = invoices;
        this.payments = payments;
        this.pages = pages;
    }

    @PostMapping("/back/billing/invoices/{id}/payments")
    String pay(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute("paymentForm") InvoicePaymentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Invoice invoice = invoices.get(id);
        return record(
                user,
                invoice,
                version,
                "paymentForm",
                form,
                binding,
                InvoicePaymentForm.of(invoice, payments.today()),
                form == null ? null : () -> form.payment(invoice.getOrganisationId()),
                "billing.payment.recorded",
                model,
                redirect);
    }

    /** A refund of what the invoice owes back (a credit note after it was paid). */
    @PostMapping("/back/billing/invoices/{id}/refund")
    String refund(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute("refundForm") InvoicePaymentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Invoice invoice = invoices.get(id);
        return record(
                user,
                invoice,
                version,
                "refundForm",
                form,
                binding,
                InvoicePaymentForm.refundOf(invoice, payments.today()),
                form == null ? null : () -> form.refund(invoice.getOrganisationId()),
                "billing.refund.recorded",
                model,
                redirect);
    }

    /**
     * Records the payment (or refund) the form typed, wholly allocated to this invoice; a form that could not be read
     * or a refusal shows the page again, the message next to its field and what was typed kept.
     */
    private String record(
            AccountPrincipal user,
            Invoice invoice,
            int version,
            String name,
            InvoicePaymentForm form,
            BindingResult binding,
            InvoicePaymentForm blank,
            java.util.function.Supplier<NewPayment> typed,
            String flash,
            Model model,
            RedirectAttributes redirect) {
        long id = invoice.getId();
        if (binding.hasErrors()) {
            // a method that is none, an amount that is no number: shown next to its field
            FormRecovery.recover(model, name, form, binding, blank);
            return pages.render(model, invoice);
        }
        try {
            Versions.require("Invoice " + id, invoice.getVersion(), version);
            NewPayment payment = typed.get();
            payments.receive(payment, List.of(new NewAllocation(id, payment.amount())), user.getDisplayName());
            redirect.addFlashAttribute("flash", flash);
            redirect.addFlashAttribute("flashArg", invoice.getNumber());
            return "redirect:/back/billing/invoices/" + id;
        } catch (BillingRuleViolation violation) {
            model.addAttribute(
                    BindingResult.MODEL_KEY_PREFIX + name, PaymentForms.errors(form, name, violation, FIELDS));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            BindingResult errors = new BeanPropertyBindingResult(form, name);
            errors.reject("admin.error.conflict");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        }
        return pages.render(model, invoices.get(id));
    }

    /** The customer's credit (what earlier payments left unallocated) used on this invoice, oldest payments first. */
    @PostMapping("/back/billing/invoices/{id}/use-credit")
    String useCredit(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        Invoice invoice = invoices.get(id);
        try {
            Money used = payments.useCredit(invoice.getOrganisationId(), id, user.getDisplayName());
            redirect.addFlashAttribute("flash", "billing.credit.used");
            redirect.addFlashAttribute("flashArg", used.plain(LocaleContextHolder.getLocale()));
            return "redirect:/back/billing/invoices/" + id;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("actionError", violation.messageKey());
            return "redirect:/back/billing/invoices/" + id;
        }
    }

    /** Undoes an allocation, with the reason; back to the invoice's page, or the payment's when it came from there. */
    @PostMapping("/back/billing/allocations/{id}/undo")
    String undo(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "invoice") String back,
            RedirectAttributes redirect) {
        Allocation allocation = payments.allocation(id);
        String page = "payment".equals(back)
                ? "/back/billing/payments/" + allocation.paymentId()
                : "/back/billing/invoices/" + allocation.invoiceId();
        try {
            payments.undo(id, reason, user.getDisplayName());
            redirect.addFlashAttribute("flash", "billing.allocation.undone");
            redirect.addFlashAttribute("flashArg", allocation.invoiceNumber());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("undoError", violation.messageKey());
            redirect.addFlashAttribute("undoAllocation", id);
            redirect.addFlashAttribute("undoReason", reason);
        }
        return "redirect:" + page;
    }
}
