package fr.guichet.billing.web;

import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.identity.AccountPrincipal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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
    private final InvoiceManagement invoices;
    private final InvoiceFiles files;

    PortalInvoiceController(CustomerMoney money, InvoiceManagement invoices, InvoiceFiles files) {
        this.money = money;
        this.invoices = invoices;
        this.files = files;
    }

    /** The PDF of one of the organisation's issued invoices (Factur-X); any other is not found. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id) {
        Long organisationId = customer.getCustomerOrganisationId();
        if (organisationId == null
                || money.issued(organisationId, id, money.today()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return InvoiceDownloads.download(files.pdf(invoices.get(id)));
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
                        ? new CustomerMoney.InvoicePage(List.of(), null)
                        : money.page(organisationId, after, PAGE, today));
        model.addAttribute("older", after != null);
        return "billing/portal-invoices";
    }
}
