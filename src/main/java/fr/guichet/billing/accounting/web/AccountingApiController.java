package fr.guichet.billing.accounting.web;

import fr.guichet.billing.BillingRefused;
import fr.guichet.billing.accounting.AgedReceivables;
import fr.guichet.billing.accounting.FecExport;
import fr.guichet.billing.accounting.FecSeparator;
import fr.guichet.billing.accounting.FiscalYear;
import fr.guichet.billing.accounting.ReceivablesAgeing;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.RestApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/accounting}: the FEC of a fiscal year (the file itself, as the page gives it) and the aged
 * receivables. BILLING and ADMIN tokens only, as the pages.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/accounting")
class AccountingApiController {

    record AgeingRow(
            @Nullable Long organisationId,
            String name,
            BigDecimal notDue,
            BigDecimal days0To30,
            BigDecimal days31To60,
            BigDecimal days61To90,
            BigDecimal over90,
            BigDecimal owed,
            BigDecimal salesLast90Days,
            @Nullable Long dso) {

        static AgeingRow of(@Nullable Long id, ReceivablesAgeing.Row r) {
            return new AgeingRow(
                    id,
                    r.name(),
                    r.notDue().amount(),
                    r.days0To30().amount(),
                    r.days31To60().amount(),
                    r.days61To90().amount(),
                    r.over90().amount(),
                    r.owed().amount(),
                    r.sales().amount(),
                    r.dso().isPresent() ? r.dso().getAsLong() : null);
        }
    }

    record AgeingView(LocalDate on, List<AgeingRow> customers, AgeingRow total) {}

    private final FecExport fec;
    private final AgedReceivables receivables;

    AccountingApiController(FecExport fec, AgedReceivables receivables) {
        this.fec = fec;
        this.receivables = receivables;
    }

    @GetMapping("/fec")
    ResponseEntity<byte[]> fec(
            @AuthenticationPrincipal AccountPrincipal caller,
            @RequestParam int year,
            @RequestParam(defaultValue = "TAB") FecSeparator separator) {
        BillingRefused.requireKeepsInvoices(caller);
        return AccountingController.fecResponse(fec.of(new FiscalYear(year), separator));
    }

    @GetMapping("/receivables")
    AgeingView receivables(@AuthenticationPrincipal AccountPrincipal caller) {
        BillingRefused.requireKeepsInvoices(caller);
        ReceivablesAgeing ageing = receivables.now();
        return new AgeingView(
                ageing.on(),
                ageing.customers().stream()
                        .map(r -> AgeingRow.of(r.organisationId(), r))
                        .toList(),
                AgeingRow.of(null, ageing.total()));
    }
}
