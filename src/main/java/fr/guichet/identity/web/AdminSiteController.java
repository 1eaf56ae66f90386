package fr.guichet.identity.web;

import fr.guichet.identity.TeamManagement;
import jakarta.validation.Valid;
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
        if (AdminSave.saved(
                errors,
                () -> teams.createSite(form.code(), form.name(), form.city(), Boolean.TRUE.equals(form.remote())))) {
            return saved(redirect, form.name());
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
        if (AdminSave.saved(
                errors,
                () -> teams.updateSite(
                        id,
                        form.version(),
                        form.code(),
                        form.name(),
                        form.city(),
                        Boolean.TRUE.equals(form.remote())))) {
            return saved(redirect, form.name());
        }
        return form(model, id);
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("flash", "admin.sites.saved");
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/back/admin/sites";
    }

    private String form(Model model, Long id) {
        model.addAttribute("siteId", id);
        return "identity/admin-site-form";
    }
}
