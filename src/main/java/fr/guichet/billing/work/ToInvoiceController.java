package fr.guichet.billing.work;

import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkManagement;
import fr.guichet.requests.WorkToInvoice;
import fr.guichet.shared.Money;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Billing's "to invoice" list ({@code /back/billing/to-invoice}): per customer, the billable work recorded on requests
 * and not invoiced yet, with its total; one action puts a customer's entries — those the clerk sees — on a draft
 * invoice ({@link WorkInvoicing}).
 */
@Controller
@RequestMapping("/back/billing/to-invoice")
class ToInvoiceController {

    private final WorkManagement work;
    private final WorkInvoicing invoicing;
    private final CustomerManagement customers;

    ToInvoiceController(WorkManagement work, WorkInvoicing invoicing, CustomerManagement customers) {
        this.work = work;
        this.invoicing = invoicing;
        this.customers = customers;
    }

    /** A customer's work to invoice: its entries (with their requests' references), total and period. */
    record CustomerWork(
            long organisationId,
            String name,
            List<WorkEntry> entries,
            Map<Long, String> references,
            Money net,
            LocalDate from,
            LocalDate to) {}

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/{organisationId}")
    String invoice(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long organisationId,
            @RequestParam(name = "entries", required = false) List<Long> entries,
            Model model,
            RedirectAttributes redirect) {
        try {
            InvoiceDrafting.Drafted drafted =
                    invoicing.invoice(organisationId, entries == null ? List.of() : entries, user.getDisplayName());
            String name = customers.names(List.of(organisationId)).getOrDefault(organisationId, "");
            return PageAction.done(
                    redirect, "worklog.toinvoice.invoiced", name, "/back/billing/invoices/" + drafted.id());
        } catch (RuleViolation violation) {
            model.addAttribute("errorOrganisation", organisationId);
            model.addAttribute("errorKey", violation.messageKey());
            return page(model);
        }
    }

    private String page(Model model) {
        List<WorkToInvoice> summaries = work.toInvoice();
        Map<Long, String> names = customers.names(
                summaries.stream().map(WorkToInvoice::organisationId).toList());
        List<CustomerWork> customersWork = summaries.stream()
                .map(s -> {
                    List<WorkEntry> entries = work.toInvoice(s.organisationId());
                    return new CustomerWork(
                            s.organisationId(),
                            names.getOrDefault(s.organisationId(), String.valueOf(s.organisationId())),
                            entries,
                            work.references(entries.stream()
                                    .map(WorkEntry::getRequestId)
                                    .distinct()
                                    .toList()),
                            new Money(s.net(), Money.EUR),
                            s.oldest(),
                            s.latest());
                })
                .toList();
        model.addAttribute("customersWork", customersWork);
        model.addAttribute(
                "total", customersWork.stream().map(CustomerWork::net).reduce(Money.zero(Money.EUR), Money::plus));
        return "billing/back-to-invoice";
    }
}
