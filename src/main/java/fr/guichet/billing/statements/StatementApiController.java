package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRefused;
import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.RestApi;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/statements}: a bank statement file imported by a BILLING or ADMIN token, as on the page (format found
 * or chosen, all or nothing); a refused file is a 422 problem saying why.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/statements")
class StatementApiController {

    private final StatementImporting importing;
    private final BankAccounts accounts;

    StatementApiController(StatementImporting importing, BankAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    /** What the import did. */
    record StatementImportView(long importId, int entries, int created, int known, int matched) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StatementImportView> importStatement(
            @AuthenticationPrincipal AccountPrincipal caller,
            @RequestParam(required = false) @Nullable Long bankAccountId,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        BillingRefused.requireKeepsInvoices(caller);
        if (bankAccountId == null) {
            throw new BillingRuleViolation("bankAccountId", "billing.statements.error.account-choose");
        }
        accounts.get(bankAccountId);
        if (file == null || file.isEmpty()) {
            throw new BillingRuleViolation("file", "billing.statements.error.file-missing");
        }
        StatementFormat chosen = null;
        if (format != null && !format.isBlank()) {
            chosen = Arrays.stream(StatementFormat.values())
                    .filter(f -> f.name().equals(format))
                    .findFirst()
                    .orElseThrow(() -> new BillingRuleViolation("format", "billing.statements.error.format"));
        }
        ImportOutcome outcome = importing.importFile(
                bankAccountId,
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes(),
                chosen,
                caller.getDisplayName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new StatementImportView(
                        outcome.importId(), outcome.entries(), outcome.created(), outcome.known(), outcome.matched()));
    }
}
