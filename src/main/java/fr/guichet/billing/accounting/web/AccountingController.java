package fr.guichet.billing.accounting.web;

import fr.guichet.billing.accounting.FecExport;
import fr.guichet.billing.accounting.FecFile;
import fr.guichet.billing.accounting.FecSeparator;
import fr.guichet.billing.accounting.FiscalYear;
import fr.guichet.billing.accounting.JournalEntries;
import fr.guichet.billing.accounting.NumberedEntry;
import fr.guichet.shared.RuleViolation;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /back/billing/accounting}: a fiscal year's journals (entries, debits, credits, balanced) and accounts, and
 * its FEC file to download ({@code /fec?year=2026}, tab separated, or {@code &separator=PIPE}).
 */
@Controller
class AccountingController {

    private final JournalEntries entries;
    private final FecExport fec;

    AccountingController(JournalEntries entries, FecExport fec) {
        this.entries = entries;
        this.fec = fec;
    }

    @GetMapping("/back/billing/accounting")
    String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int today = entries.currentYear();
        FiscalYear fiscal;
        try {
            fiscal = new FiscalYear(year == null ? today : year);
        } catch (RuleViolation violation) {
            fiscal = new FiscalYear(today);
            model.addAttribute("yearError", violation.messageKey());
        }
        return show(fiscal, model);
    }

    @GetMapping("/back/billing/accounting/fec")
    Object download(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "TAB") FecSeparator separator,
            Model model) {
        FiscalYear fiscal = null;
        try {
            fiscal = new FiscalYear(year == null ? entries.currentYear() : year);
            FecExport.Fec file = fec.of(fiscal, separator);
            return fecResponse(file);
        } catch (RuleViolation violation) {
            model.addAttribute("fecError", violation.messageKey());
            model.addAttribute("fecErrorArgs", violation.messageArguments());
            return new org.springframework.web.servlet.ModelAndView(
                    show(fiscal == null ? new FiscalYear(entries.currentYear()) : fiscal, model),
                    model.asMap(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    static ResponseEntity<byte[]> fecResponse(FecExport.Fec file) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", FecFile.CHARSET))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    private String show(FiscalYear year, Model model) {
        List<NumberedEntry> numbered = entries.of(year);
        int today = entries.currentYear();
        model.addAttribute("year", year.year());
        List<Integer> years = new java.util.ArrayList<>(
                IntStream.rangeClosed(0, 6).map(i -> today - i).boxed().toList());
        if (!years.contains(year.year())) {
            years.add(year.year());
        }
        model.addAttribute("years", years);
        model.addAttribute("journals", JournalEntries.totals(numbered));
        model.addAttribute("accounts", JournalEntries.byAccount(numbered));
        model.addAttribute("entryCount", numbered.size());
        return "billing/back-accounting";
    }
}
