package fr.guichet.identity.web;

import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.TeamManagement;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office administration of sites: the head office and the remote ones. */
@Controller
@RequestMapping("/back/admin/sites")
class AdminSiteController {

    private final TeamManagement teams;

    AdminSiteController(TeamManagement teams) {
        this.teams = teams;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sites", teams.sites());
        return "identity/admin-sites";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", SiteForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") SiteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                teams.createSite(form.code(), form.name(), form.city(), Boolean.TRUE.equals(form.remote()));
                redirect.addFlashAttribute("flash", "admin.sites.saved");
                redirect.addFlashAttribute("flashArg", form.name());
                return "redirect:/back/admin/sites";
            } catch (AccountRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", SiteForm.of(teams.site(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SiteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                teams.updateSite(
                        id, form.version(), form.code(), form.name(), form.city(), Boolean.TRUE.equals(form.remote()));
                redirect.addFlashAttribute("flash", "admin.sites.saved");
                redirect.addFlashAttribute("flashArg", form.name());
                return "redirect:/back/admin/sites";
            } catch (AccountRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("siteId", id);
        return "identity/admin-site-form";
    }
}
