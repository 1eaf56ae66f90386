package fr.guichet.quotes.web;

import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.quotes.QuoteSettings;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import fr.guichet.shared.VatRate;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the staff quote pages of both zones (the desk's and billing's) put in their model. */
@Component
class QuotePages {

    /** The zone a staff page is served in: its address prefix, layout and name. */
    record Zone(String base, String layout, String name) {

        static Zone of(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/desk")
                    ? new Zone("/desk/quotes", "zones/layout/desk", "desk")
                    : new Zone("/back/billing/quotes", "zones/layout/back", "back");
        }

        boolean billing() {
            return "back".equals(name);
        }
    }

    private final QuoteManagement quotes;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final RequestManagement requests;
    private final QuoteSettings settings;
    private final ObjectProvider<InvoiceDrafting> invoices;

    QuotePages(
            QuoteManagement quotes,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            RequestManagement requests,
            QuoteSettings settings,
            ObjectProvider<InvoiceDrafting> invoices) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.customers = customers;
        this.catalogue = catalogue;
        this.requests = requests;
        this.settings = settings;
    }

    String quote(Model model, Zone zone, Quote quote) {
        if (!model.containsAttribute("header")) {
            model.addAttribute("header", QuoteHeaderForm.of(quote));
        }
        if (!model.containsAttribute("line")) {
            model.addAttribute("line", QuoteLineForm.blank());
        }
        if (!model.containsAttribute("recipient")) {
            model.addAttribute("recipient", quotes.recipientOf(quote));
        }
        model.addAttribute("quote", quote);
        model.addAttribute("madeDeposit", madeDeposit(quote));
        model.addAttribute("status", quote.statusOn(quotes.today()));
        model.addAttribute("totals", quote.totals());
        model.addAttribute("documents", quotes.documents(quote.getId()));
        model.addAttribute(
                "organisationName",
                customers.names(List.of(quote.getOrganisationId())).get(quote.getOrganisationId()));
        model.addAttribute(
                "requestReference",
                quote.getRequestId() == null
                        ? null
                        : requests.get(quote.getRequestId()).getReference());
        model.addAttribute("depositPercent", settings.depositPercent());
        return common(model, zone, "quotes/staff-quote");
    }

    String listPage(Model model, Zone zone) {
        return common(model, zone, "quotes/staff-list");
    }

    java.util.Map<Long, String> names(java.util.Collection<Long> organisationIds) {
        return customers.names(organisationIds);
    }

    String blank(Model model, Zone zone) {
        return common(model, zone, "quotes/staff-new");
    }

    private String common(Model model, Zone zone, String view) {
        model.addAttribute("zone", zone);
        model.addAttribute("billingZone", zone.billing());
        model.addAttribute("layout", zone.layout());
        model.addAttribute(
                "items",
                catalogue.all().stream().filter(CatalogueItem::isActive).toList());
        model.addAttribute("units", Unit.values());
        model.addAttribute("vatRates", VatRate.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("today", quotes.today());
        return view;
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }

    /** Whether the invoice made of the quote is a deposit invoice (named so on the page). */
    private boolean madeDeposit(Quote quote) {
        InvoiceDrafting drafting = invoices.getIfAvailable();
        return quote.getInvoiceId() != null
                && drafting != null
                && drafting.kindOf(quote.getInvoiceId()) == InvoiceKind.DEPOSIT;
    }
}
