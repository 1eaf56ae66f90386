package fr.guichet.identity.web;

import fr.guichet.identity.Office;
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

/** Back-office administration of teams. */
@Controller
@RequestMapping("/back/admin/teams")
class AdminTeamController {

    private final TeamManagement teams;

    AdminTeamController(TeamManagement teams) {
        this.teams = teams;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", teams.teams());
        return "identity/admin-teams";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", TeamForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (AdminSave.saved(
                errors,
                () -> teams.createTeam(
                        form.code(),
                        form.name(),
                        form.office(),
                        form.email(),
                        Boolean.TRUE.equals(form.answersCustomers())))) {
            return saved(redirect, form.name());
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", TeamForm.of(teams.team(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (AdminSave.saved(
                errors,
                () -> teams.updateTeam(
                        id,
                        form.version(),
                        form.code(),
                        form.name(),
                        form.office(),
                        form.email(),
                        Boolean.TRUE.equals(form.answersCustomers()),
                        Boolean.TRUE.equals(form.autoAssign())))) {
            return saved(redirect, form.name());
        }
        return form(model, id);
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("flash", "admin.teams.saved");
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/back/admin/teams";
    }

    private String form(Model model, Long id) {
        model.addAttribute("teamId", id);
        model.addAttribute("offices", Office.values());
        return "identity/admin-team-form";
    }
}
