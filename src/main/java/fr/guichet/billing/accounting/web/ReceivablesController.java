package fr.guichet.billing.accounting.web;

import fr.guichet.billing.accounting.AgedReceivables;
import fr.guichet.billing.accounting.ReceivablesAgeing;
import fr.guichet.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /back/billing/receivables}: the aged receivables per customer and in total, with the days sales outstanding
 * (its formula on the page), a bar chart of the total by age with its data as a table, and the CSV of it all.
 */
@Controller
class ReceivablesController {

    /** The page lists the customers who owe the most; the CSV has them all. */
    static final int PAGE_ROWS = 200;

    private final AgedReceivables receivables;
    private final MessageSource messages;

    ReceivablesController(AgedReceivables receivables, MessageSource messages) {
        this.receivables = receivables;
        this.messages = messages;
    }

    record DataRow(
            String label,
            String value,
            @org.jspecify.annotations.Nullable String drill) {}

    @GetMapping("/back/billing/receivables")
    String page(Model model, Locale locale) {
        ReceivablesAgeing ageing = receivables.now();
        List<String> labels = Arrays.stream(ReceivablesAgeing.Bucket.values())
                .map(b -> messages.getMessage("billing.receivables.bucket." + b, null, locale))
                .toList();
        List<Money> amounts = ageing.total().buckets();
        List<String> shown = amounts.stream().map(m -> m.format(locale)).toList();
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new DataRow(labels.get(i), shown.get(i), null));
        }
        model.addAttribute("ageing", ageing);
        model.addAttribute(
                "customers", ageing.customers().stream().limit(PAGE_ROWS).toList());
        model.addAttribute("more", Math.max(0, ageing.customers().size() - PAGE_ROWS));
        model.addAttribute("chart", ReceivablesChart.of(labels, amounts, shown));
        model.addAttribute("chartRows", rows);
        model.addAttribute("dsoDays", ReceivablesAgeing.DSO_DAYS);
        return "billing/back-receivables";
    }

    @GetMapping("/back/billing/receivables/export.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        ReceivablesAgeing ageing = receivables.now();
        StringBuilder csv = new StringBuilder("\uFEFF");
        Stream<String> header = Stream.concat(
                Stream.of(messages.getMessage("billing.invoice.customer", null, locale)),
                Stream.concat(
                        Arrays.stream(ReceivablesAgeing.Bucket.values())
                                .map(b -> messages.getMessage("billing.receivables.bucket." + b, null, locale)),
                        Stream.of(
                                messages.getMessage("billing.receivables.owed", null, locale),
                                messages.getMessage("billing.receivables.sales", null, locale),
                                messages.getMessage("billing.receivables.dso", null, locale))));
        csv.append(line(header)).append("\r\n");
        for (ReceivablesAgeing.Row row : ageing.customers()) {
            csv.append(line(cells(row.name(), row))).append("\r\n");
        }
        csv.append(line(cells(messages.getMessage("billing.receivables.total", null, locale), ageing.total())))
                .append("\r\n");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("balance-agee-" + ageing.on() + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Stream<String> cells(String name, ReceivablesAgeing.Row row) {
        return Stream.concat(
                Stream.of(name),
                Stream.concat(
                        row.buckets().stream().map(m -> m.amount().toPlainString()),
                        Stream.of(
                                row.owed().amount().toPlainString(),
                                row.sales().amount().toPlainString(),
                                row.dso().isPresent() ? Long.toString(row.dso().getAsLong()) : "")));
    }

    /** Semicolon separated (what a French spreadsheet opens), quoted when needed; formulas neutralised. */
    private static String line(Stream<String> cells) {
        return cells.map(ReceivablesController::cell).collect(Collectors.joining(";"));
    }

    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
