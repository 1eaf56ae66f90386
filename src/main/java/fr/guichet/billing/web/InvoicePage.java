package fr.guichet.billing.web;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.LifecycleStatus;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.NotFound;
import fr.guichet.shared.VatRate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The invoice's page in the back office, whichever act shows it (the editor's, a payment's): the invoice, its
 * customer, lines' requests, credit notes, history, payments and the customer's credit.
 */
@Component
class InvoicePage {

    private final InvoiceManagement invoices;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final RequestManagement requests;
    private final InvoiceFiles files;
    private final PaymentManagement payments;
    private final DirectDebits debits;

    InvoicePage(
            InvoiceManagement invoices,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            RequestManagement requests,
            InvoiceFiles files,
            PaymentManagement payments,
            DirectDebits debits) {
        this.debits = debits;
        this.invoices = invoices;
        this.customers = customers;
        this.catalogue = catalogue;
        this.requests = requests;
        this.files = files;
        this.payments = payments;
    }

    String render(Model model, Invoice invoice) {
        if (!model.containsAttribute("lineForm")) {
            model.addAttribute("lineForm", InvoiceForms.LineForm.blank(invoice.getVersion()));
        }
        if (!model.containsAttribute("headerForm")) {
            model.addAttribute("headerForm", InvoiceForms.HeaderForm.of(invoice));
        }
        if (!model.containsAttribute("org.springframework.validation.BindingResult.lineForm")) {
            model.addAttribute(
                    "org.springframework.validation.BindingResult.lineForm",
                    new BeanPropertyBindingResult(model.getAttribute("lineForm"), "lineForm"));
        }
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", PaymentForms.InvoicePaymentForm.of(invoice, payments.today()));
        }
        if (!model.containsAttribute("refundForm")) {
            model.addAttribute("refundForm", PaymentForms.InvoicePaymentForm.refundOf(invoice, payments.today()));
        }
        model.addAttribute("invoice", invoice);
        model.addAttribute(
                "customerName",
                customers.names(List.of(invoice.getOrganisationId())).get(invoice.getOrganisationId()));
        model.addAttribute("history", invoices.history(invoice.getId()));
        model.addAttribute("creditNotes", invoices.creditNotesOf(invoice.getId()));
        model.addAttribute(
                "credited",
                invoice.getCreditedInvoiceId() == null ? null : invoices.get(invoice.getCreditedInvoiceId()));
        model.addAttribute(
                "items",
                catalogue.all().stream().filter(CatalogueItem::isActive).toList());
        model.addAttribute("units", Unit.values());
        model.addAttribute("vatRates", VatRate.values());
        model.addAttribute("lifecycles", LifecycleStatus.values());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("filesAvailable", files.available());
        model.addAttribute("today", invoices.today());
        model.addAttribute("draft", invoice.getStatus() == InvoiceStatus.DRAFT);
        model.addAttribute("allocations", payments.allocationsOf(invoice.getId()));
        // in a batch of SEPA debits: "to be debited" on its collection date (or debited)
        model.addAttribute(
                "directDebit",
                debits.liveDebitOf(invoice.getId())
                        .map(debit -> debits.batch(debit.batchId()))
                        .orElse(null));
        model.addAttribute("customerCredit", payments.creditOf(invoice.getOrganisationId()));
        Map<Long, String> references = new HashMap<>();
        invoice.getLines().stream()
                .filter(line -> line.requestId() != null)
                .forEach(line -> references.computeIfAbsent(line.requestId(), this::referenceOf));
        model.addAttribute("requestReferences", references);
        return "billing/back-invoice";
    }

    private String referenceOf(long requestId) {
        try {
            return requests.get(requestId).getReference();
        } catch (NotFound gone) {
            return null;
        }
    }
}
