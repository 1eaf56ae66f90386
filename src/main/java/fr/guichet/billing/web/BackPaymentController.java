package fr.guichet.billing.web;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.billing.web.PaymentForms.NewPaymentForm;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.web.FormRecovery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing's payments ({@code /back/billing/payments}, BILLING and ADMIN): the list (by customer, method, period, those
 * holding credit), a payment received from a customer spread over their unpaid invoices (or kept as credit), a refund,
 * and a payment's page with its allocations, each undoable, and its credit allocated to another invoice.
 */
@Controller
class BackPaymentController {

    private static final int PAGE = 50;

    /** The new payment form's fields: a refusal on another names the form as a whole. */
    private static final Set<String> FIELDS =
            Set.of("organisationId", "receivedOn", "method", "amount", "reference", "payerName", "payerIban", "notes");

    private final PaymentManagement payments;
    private final CustomerMoney money;
    private final CustomerManagement customers;

    BackPaymentController(PaymentManagement payments, CustomerMoney money, CustomerManagement customers) {
        this.payments = payments;
        this.money = money;
        this.customers = customers;
    }

    @GetMapping("/back/billing/payments")
    String list(
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) PaymentMethod method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean credit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterDate,
            @RequestParam(required = false) Long afterId,
            Model model) {
        PaymentManagement.Filter filter = new PaymentManagement.Filter(organisationId, method, from, to, credit);
        PaymentManagement.Cursor after =
                afterDate == null || afterId == null ? null : new PaymentManagement.Cursor(afterDate, afterId);
        List<Payment> rows = payments.page(filter, after, PAGE + 1);
        boolean more = rows.size() > PAGE;
        List<Payment> shown = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("filter", filter);
        model.addAttribute("payments", shown);
        model.addAttribute("next", more ? shown.get(PAGE - 1) : null);
        model.addAttribute("paged", after != null);
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute(
                "names",
                customers.names(shown.stream().map(Payment::organisationId).toList()));
        return "billing/back-payments";
    }

    @GetMapping("/back/billing/payments/new")
    String create(@RequestParam(required = false) Long organisationId, Model model) {
        if (organisationId != null && customers.organisation(organisationId).isEmpty()) {
            organisationId = null;
        }
        model.addAttribute("form", NewPaymentForm.blank(organisationId, payments.today()));
        return form(model, organisationId, Map.of());
    }

    /**
     * Records the payment: the amounts typed against the customer's invoices ({@code alloc.<invoiceId>}); none typed
     * and "spread" ticked: over the oldest due first; what is left stays the customer's credit.
     */
    @PostMapping("/back/billing/payments")
    String record(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") NewPaymentForm form,
            BindingResult binding,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "false") boolean spread,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, String> typed = typedAllocations(params);
        if (binding.hasErrors()) {
            NewPaymentForm shown =
                    FormRecovery.recover(model, "form", form, binding, NewPaymentForm.blank(null, payments.today()));
            return form(model, shown.organisationId(), typed);
        }
        try {
            NewPayment payment = form.payment();
            List<NewAllocation> allocations = allocations(typed, payment, spread);
            String key = form.submissionKey();
            Payment saved;
            try {
                saved = key == null
                        ? payments.receive(payment, allocations, user.getDisplayName())
                        : payments.receiveOnce(key, payment, allocations, user.getDisplayName());
            } catch (DuplicateKeyException sentTwiceAtOnce) {
                // the same form sent a second time while the first was being recorded: the first is the payment
                saved = payments.bySubmission(key).orElseThrow(() -> sentTwiceAtOnce);
            }
            redirect.addFlashAttribute("flash", "billing.payment.saved");
            redirect.addFlashAttribute("flashArg", saved.amount().plain(LocaleContextHolder.getLocale()));
            return "redirect:/back/billing/payments/" + saved.id();
        } catch (BillingRuleViolation violation) {
            model.addAttribute(
                    BindingResult.MODEL_KEY_PREFIX + "form", PaymentForms.errors(form, "form", violation, FIELDS));
            return form(model, form.organisationId(), typed);
        }
    }

    @GetMapping("/back/billing/payments/{id}")
    String show(@PathVariable long id, Model model) {
        Payment payment = payments.get(id);
        model.addAttribute("payment", payment);
        model.addAttribute(
                "customerName",
                customers.names(List.of(payment.organisationId())).get(payment.organisationId()));
        model.addAttribute("allocations", payments.allocationsOfPayment(id));
        model.addAttribute("unpaid", money.unpaid(payment.organisationId(), payments.today()));
        return "billing/back-payment";
    }

    /** Credit the payment holds, allocated to one of the customer's unpaid invoices. */
    @PostMapping("/back/billing/payments/{id}/allocations")
    String allocate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) Long invoiceId,
            @RequestParam(defaultValue = "") String amount,
            RedirectAttributes redirect) {
        try {
            if (invoiceId == null) {
                throw new BillingRuleViolation("invoiceId", "billing.error.allocation-invoice");
            }
            payments.allocate(id, invoiceId, PaymentForms.amount(amount, "amount"), user.getDisplayName());
            redirect.addFlashAttribute("flash", "billing.allocation.made");
            redirect.addFlashAttribute("flashArg", amount);
        } catch (BillingRuleViolation violation) {
            redirect.addFlashAttribute("allocateError", violation.messageKey());
            redirect.addFlashAttribute("allocateErrorArgs", violation.messageArguments());
            redirect.addFlashAttribute("allocateAmount", amount);
            redirect.addFlashAttribute("allocateInvoice", invoiceId);
        }
        return "redirect:/back/billing/payments/" + id;
    }

    private String form(Model model, @Nullable Long organisationId, Map<Long, String> typed) {
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute(
                "unpaid", organisationId == null ? List.of() : money.unpaid(organisationId, payments.today()));
        model.addAttribute("credit", organisationId == null ? null : payments.creditOf(organisationId));
        model.addAttribute("typed", typed);
        return "billing/back-payment-new";
    }

    /** The amounts typed against invoices, by invoice id: {@code alloc.<id>=<amount>}. */
    private static Map<Long, String> typedAllocations(Map<String, String> params) {
        Map<Long, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("alloc.") && value != null && !value.isBlank()) {
                try {
                    typed.put(Long.parseLong(name.substring("alloc.".length())), value.strip());
                } catch (NumberFormatException notAnInvoice) {
                    // a field no page of ours makes: ignored
                }
            }
        });
        return typed;
    }

    private List<NewAllocation> allocations(Map<Long, String> typed, NewPayment payment, boolean spread) {
        if (typed.size() > 200) {
            throw new BillingRuleViolation("allocations", "billing.error.allocations-exceed");
        }
        List<NewAllocation> allocations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<Long, String> entry : typed.entrySet()) {
            Money amount = PaymentForms.amount(entry.getValue(), "allocations");
            if (seen.add(entry.getKey())) {
                allocations.add(
                        new NewAllocation(entry.getKey(), payment.amount().isNegative() ? amount.negate() : amount));
            }
        }
        if (allocations.isEmpty() && spread && !payment.amount().isNegative()) {
            Money left = payment.amount();
            for (CustomerMoney.InvoiceRow row : money.unpaid(payment.organisationId(), payments.today())) {
                if (left.amount().signum() <= 0) {
                    break;
                }
                Money part = row.open().compareTo(left) < 0 ? row.open() : left;
                allocations.add(new NewAllocation(row.id(), part));
                left = left.minus(part);
            }
        }
        return allocations;
    }
}
