package fr.guichet.billing.statements;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.PageAction;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /back/billing/statements}: a statement file imported for a bank account (format found or chosen, all or
 * nothing), the imports made, and an import's entries with what became of each.
 */
@Controller
@RequestMapping("/back/billing/statements")
class StatementController {

    private static final int LATEST = 50;

    private final StatementImporting importing;
    private final StatementImports imports;
    private final BankAccounts accounts;

    StatementController(StatementImporting importing, StatementImports imports, BankAccounts accounts) {
        this.importing = importing;
        this.imports = imports;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null, null);
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(required = false) @Nullable Long bankAccountId,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (bankAccountId == null || accounts.find(bankAccountId).isEmpty()) {
            return page(model, "billing.statements.error.account-choose", bankAccountId, format);
        }
        if (file == null || file.isEmpty()) {
            return page(model, "billing.statements.error.file-missing", bankAccountId, format);
        }
        StatementFormat chosen = Arrays.stream(StatementFormat.values())
                .filter(f -> f.name().equals(format))
                .findFirst()
                .orElse(null);
        try {
            ImportOutcome outcome = importing.importFile(
                    bankAccountId,
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes(),
                    chosen,
                    user.getDisplayName());
            return PageAction.done(
                    redirect,
                    "billing.statements.imported",
                    outcome.created(),
                    "/back/billing/statements/" + outcome.importId());
        } catch (StatementRefused refused) {
            model.addAttribute("refusalArgs", refused.messageArguments());
            return page(model, refused.messageKey(), bankAccountId, format);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("statementImport", imports.get(id));
        model.addAttribute("entries", imports.entriesOf(id));
        return "billing/statements/statement-import";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        StatementImport kept = imports.get(id);
        byte[] content = imports.file(id).orElseThrow(() -> new UnknownStatementImport(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(kept.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    private String page(Model model, @Nullable String error, @Nullable Long bankAccountId, @Nullable String format) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("imports", imports.latest(LATEST));
        model.addAttribute("formats", StatementFormat.values());
        model.addAttribute("error", error);
        model.addAttribute("chosenAccount", bankAccountId);
        model.addAttribute("chosenFormat", format);
        if (!model.containsAttribute("refusalArgs")) {
            model.addAttribute("refusalArgs", new Object[0]);
        }
        return "billing/statements/statements";
    }
}
