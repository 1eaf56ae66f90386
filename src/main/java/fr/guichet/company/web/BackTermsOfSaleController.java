package fr.guichet.company.web;

import fr.guichet.company.CompanyRuleViolation;
import fr.guichet.company.TermsOfSale;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.identity.AccountPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's terms of sale (CGV), which quotes attach: the text in force, a new version stored beside the former
 * ones (each named by its SHA-256), and the list of versions. For an administrator or the webmaster.
 */
@Controller
@RequestMapping("/back/admin/company/terms")
class BackTermsOfSaleController {

    private final TermsOfSaleManagement terms;

    BackTermsOfSaleController(TermsOfSaleManagement terms) {
        this.terms = terms;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("content", terms.current().map(TermsOfSale::content).orElse(""));
        return page(model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "0") long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            TermsOfSale saved = terms.change(content, version, user.getDisplayName());
            redirect.addFlashAttribute("flash", "company.terms.saved");
            redirect.addFlashAttribute("flashArg", saved.sha256().substring(0, 12));
            return "redirect:/back/admin/company/terms";
        } catch (CompanyRuleViolation violation) {
            model.addAttribute("errorKey", violation.messageKey());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("errorKey", "company.terms.changed");
        }
        model.addAttribute("content", content);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("current", terms.current().orElse(null));
        model.addAttribute("versions", terms.versions());
        return "company/admin-terms";
    }
}
