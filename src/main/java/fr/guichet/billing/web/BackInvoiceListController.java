package fr.guichet.billing.web;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceSearch;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.customers.CustomerManagement;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /back/billing}: the invoices, filtered by status, kind, customer, period and overdue, newest first by pages
 * (keyset: {@code after}), with the totals of the whole filter; the same filter as a CSV file.
 */
@Controller
class BackInvoiceListController {

    private static final String[] COLUMNS = {
        "Numéro",
        "Type",
        "Statut",
        "Client",
        "Date",
        "Échéance",
        "Total HT",
        "TVA",
        "Total TTC",
        "Reste à payer",
        "En retard"
    };

    private final InvoiceSearch search;
    private final InvoiceManagement invoices;
    private final CustomerManagement customers;

    BackInvoiceListController(InvoiceSearch search, InvoiceManagement invoices, CustomerManagement customers) {
        this.search = search;
        this.invoices = invoices;
        this.customers = customers;
    }

    /**
     * The page shows at once; the totals of the whole filter (a scan of everything it finds) follow through htmx, or
     * with {@code totals=true} for a browser without script.
     */
    @GetMapping("/back/billing")
    String list(
            InvoiceListFilter typed,
            @RequestParam(name = "totals", defaultValue = "false") boolean withTotals,
            Model model) {
        InvoiceListFilter.Read read = typed.read();
        InvoiceSearch.Filter filter = read.filter();
        Long after = read.after();
        InvoiceSearch.Page page = search.page(filter, after, InvoiceSearch.PAGE);
        model.addAttribute("typed", typed);
        model.addAttribute("filterErrors", read.errors());
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("after", after);
        model.addAttribute("totals", withTotals ? search.totals(filter) : null);
        model.addAttribute("names", names(page.invoices()));
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("kinds", InvoiceKind.values());
        model.addAttribute("today", invoices.today());
        return "billing/back-invoices";
    }

    /** The totals of the list's filter, as the fragment that replaces the placeholder. */
    @GetMapping("/back/billing/totals")
    String totals(InvoiceListFilter typed, Model model) {
        InvoiceSearch.Filter filter = typed.read().filter();
        model.addAttribute("filter", filter);
        model.addAttribute("after", null);
        model.addAttribute("totals", search.totals(filter));
        return "billing/back-invoice-totals :: totals";
    }

    @GetMapping("/back/billing/invoices.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) InvoiceKind kind,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean overdue) {
        InvoiceSearch.Filter filter = new InvoiceSearch.Filter(status, kind, organisationId, from, to, overdue);
        LocalDate today = invoices.today();
        Map<Long, String> names = new HashMap<>();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(Stream.of(COLUMNS))).append("\r\n");
        search.each(filter, invoice -> {
            String name = names.computeIfAbsent(
                    invoice.getOrganisationId(),
                    id -> customers.names(List.of(id)).getOrDefault(id, "#" + id));
            csv.append(line(Stream.of(
                            invoice.getNumber() == null ? "" : invoice.getNumber(),
                            invoice.getKind().name(),
                            invoice.getStatus().name(),
                            name,
                            invoice.getIssueDate() == null
                                    ? ""
                                    : invoice.getIssueDate().toString(),
                            invoice.getDueDate() == null
                                    ? ""
                                    : invoice.getDueDate().toString(),
                            plain(invoice.totalNet().amount()),
                            plain(invoice.totalVat().amount()),
                            plain(invoice.totalGross().amount()),
                            plain(invoice.balance().amount()),
                            invoice.isOverdue(today) ? "oui" : "non")))
                    .append("\r\n");
        });
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("factures.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Map<Long, String> names(List<Invoice> shown) {
        Set<Long> ids = shown.stream().map(Invoice::getOrganisationId).collect(Collectors.toSet());
        return customers.names(ids);
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /** Semicolon-separated (French spreadsheets), quoted; a cell that a spreadsheet would run as a formula is not. */
    static String line(Stream<@Nullable String> fields) {
        return fields.map(field -> {
                    String text = field == null ? "" : field;
                    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[\\d,]+")) {
                        text = "'" + text;
                    }
                    return "\"" + text.replace("\"", "\"\"") + "\"";
                })
                .collect(Collectors.joining(";"));
    }
}
