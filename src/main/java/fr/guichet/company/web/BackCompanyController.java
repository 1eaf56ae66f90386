package fr.guichet.company.web;

import fr.guichet.company.CompanyIdentityPolicy;
import fr.guichet.company.CompanyLogo;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfileRefused;
import fr.guichet.company.CompanyRuleViolation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Language;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's identity, set by an administrator or the webmaster: one form in sections (names and legal mentions,
 * address and contact, site and brand, bank details), the logo, and the history of changes. The first-run page is the
 * same form, asked before anything else on a fresh install.
 */
@Controller
@RequestMapping("/back/admin/company")
class BackCompanyController {

    static final int HISTORY_PAGE = 10;

    private final CompanyManagement company;

    BackCompanyController(CompanyManagement company) {
        this.company = company;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "0") int history, Model model) {
        if (!company.isSetUp()) {
            return "redirect:/back/admin/company/setup";
        }
        model.addAttribute("form", CompanyForm.of(company.stored()));
        return page(model, false, history);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return store(user, form, errors, model, redirect, false);
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (company.isSetUp()) {
            return "redirect:/back/admin/company";
        }
        model.addAttribute("form", CompanyForm.of(company.stored()));
        return page(model, true, 0);
    }

    @PostMapping("/setup")
    String saveSetup(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return store(user, form, errors, model, redirect, true);
    }

    @PostMapping("/logo")
    String uploadLogo(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(name = "logo", required = false) MultipartFile file,
            @RequestParam(defaultValue = "-1") int logoVersion,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            company.changeLogo(file == null ? new byte[0] : file.getBytes(), logoVersion, user.getDisplayName());
            redirect.addFlashAttribute("flash", "company.logo.saved");
            return "redirect:/back/admin/company#logo";
        } catch (CompanyRuleViolation refused) {
            model.addAttribute("errorLogo", refused);
        } catch (OptimisticLockingFailureException conflict) {
            model.addAttribute("errorLogo", new CompanyRuleViolation("logo", "company.logo.error.conflict"));
        }
        model.addAttribute("form", CompanyForm.of(company.stored()));
        return page(model, false, 0);
    }

    @PostMapping("/logo/delete")
    String removeLogo(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(defaultValue = "-1") int logoVersion,
            RedirectAttributes redirect) {
        try {
            company.removeLogo(logoVersion, user.getDisplayName());
            redirect.addFlashAttribute("flash", "company.logo.removed");
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("error", "company.logo.error.conflict");
        }
        return "redirect:/back/admin/company#logo";
    }

    private String store(
            AccountPrincipal user,
            CompanyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            boolean setup) {
        if (!form.capitalReadable()) {
            errors.rejectValue("shareCapital", "company.error.capital");
        }
        // Every broken rule at once, next to its field: the policy's as well as the form's.
        try {
            CompanyIdentityPolicy.check(form.profile());
        } catch (CompanyProfileRefused refused) {
            refused.violations().stream()
                    .filter(v -> !errors.hasFieldErrors(v.field()))
                    .forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.messageArguments(), null));
        }
        if (!errors.hasErrors()) {
            try {
                company.change(form.profile(), form.version(), user.getDisplayName());
                redirect.addFlashAttribute("flash", setup ? "setup.company.done" : "company.saved");
                return setup ? "redirect:/back" : "redirect:/back/admin/company";
            } catch (CompanyProfileRefused refused) {
                refused.violations()
                        .forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.messageArguments(), null));
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject(setup ? "setup.company.conflict" : "company.error.conflict");
            }
        }
        return page(model, setup, 0);
    }

    private String page(Model model, boolean setup, int historyPage) {
        CompanyManagement.Stored stored = company.stored();
        int pageIndex = Math.max(0, historyPage);
        model.addAttribute("setup", setup);
        model.addAttribute("stored", stored);
        model.addAttribute("languages", Language.values());
        model.addAttribute("logo", company.logo().orElse(null));
        model.addAttribute("logoMaxKb", CompanyLogo.MAX_BYTES / 1024);
        if (!setup) {
            CompanyManagement.History history = company.history(HISTORY_PAGE, pageIndex * HISTORY_PAGE);
            model.addAttribute("history", history);
            model.addAttribute("historyPage", pageIndex);
            model.addAttribute("historyHasMore", (long) (pageIndex + 1) * HISTORY_PAGE < history.total());
        }
        return setup ? "company/back-setup" : "company/back-company";
    }
}
