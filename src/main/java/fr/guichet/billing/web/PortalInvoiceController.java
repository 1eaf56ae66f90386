package fr.guichet.billing.web;

import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.identity.AccountPrincipal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's invoices in the portal: the balance, then every issued invoice, deposit invoice and credit note of
 * their organisation, newest first, a page at a time (keyset), each with its status, due date, what it still asks and
 * its PDF. Another organisation's invoice, or a draft, is not found (404).
 */
@Controller
@RequestMapping("/portal/invoices")
class PortalInvoiceController {

    static final int PAGE = 25;

    private final CustomerMoney money;

    PortalInvoiceController(CustomerMoney money) {
        this.money = money;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal customer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beforeDate,
            @RequestParam(required = false) Long beforeId,
            Model model) {
        Long organisationId = customer.getCustomerOrganisationId();
        LocalDate today = money.today();
        CustomerMoney.Cursor after =
                beforeDate == null || beforeId == null ? null : new CustomerMoney.Cursor(beforeDate, beforeId);
        model.addAttribute("balance", organisationId == null ? null : money.balanceOf(organisationId, today));
        model.addAttribute(
                "page",
                organisationId == null
                        ? new CustomerMoney.InvoicePage(java.util.List.of(), null)
                        : money.page(organisationId, after, PAGE, today));
        model.addAttribute("older", after != null);
        return "billing/portal-invoices";
    }
}
