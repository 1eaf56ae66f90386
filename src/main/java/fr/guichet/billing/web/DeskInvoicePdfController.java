package fr.guichet.billing.web;

import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.money.CustomerMoney;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An issued invoice's PDF from the 360° view, for every desk and back-office user (front office included, who has no
 * billing pages):
 * what the customer on the line holds in their hands. Only through its own customer's address; a draft, or another
 * customer's invoice, is not found.
 */
@Controller
class DeskInvoicePdfController {

    private final CustomerMoney money;
    private final InvoiceManagement invoices;
    private final InvoiceFiles files;

    DeskInvoicePdfController(CustomerMoney money, InvoiceManagement invoices, InvoiceFiles files) {
        this.money = money;
        this.invoices = invoices;
        this.files = files;
    }

    @GetMapping({"/desk/customers/{id}/invoices/{invoiceId}/pdf", "/back/customers/{id}/invoices/{invoiceId}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long invoiceId) {
        if (money.issued(id, invoiceId, money.today()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return InvoiceDownloads.download(files.pdf(invoices.get(invoiceId)));
    }
}
