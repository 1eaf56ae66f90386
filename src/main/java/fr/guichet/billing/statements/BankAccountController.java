package fr.guichet.billing.statements;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /back/billing/bank-accounts}: the company's bank accounts and the CSV layout of each bank's export. */
@Controller
@RequestMapping("/back/billing/bank-accounts")
class BankAccountController {

    private static final String LIST = "/back/billing/bank-accounts";

    private final BankAccounts accounts;

    BankAccountController(BankAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "billing/statements/bank-accounts";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", BankAccountForm.empty());
        return form(model, null);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") BankAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            BankAccount added = accounts.add(form.typed(), user.getDisplayName());
            return PageAction.done(redirect, "billing.statements.account.saved", added.name(), LIST);
        } catch (RuleViolation violation) {
            StatementForms.reject(errors, violation);
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        BankAccount account = accounts.get(id);
        model.addAttribute("form", BankAccountForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @ModelAttribute("form") BankAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BankAccount account = accounts.get(id);
        try {
            BankAccount changed = accounts.change(id, form.version(), form.typed(), user.getDisplayName());
            return PageAction.done(redirect, "billing.statements.account.saved", changed.name(), LIST);
        } catch (RuleViolation violation) {
            StatementForms.reject(errors, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("admin.error.conflict");
        }
        return form(model, account);
    }

    private String form(Model model, @org.jspecify.annotations.Nullable BankAccount account) {
        model.addAttribute("account", account);
        model.addAttribute("dateFormats", CsvLayout.DateFormat.values());
        model.addAttribute("separators", CsvLayout.Separator.values());
        model.addAttribute("charsets", CsvLayout.Encoding.values());
        return "billing/statements/bank-account";
    }
}
