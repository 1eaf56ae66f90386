package fr.guichet.identity.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.CustomerOrganisationDirectory;
import fr.guichet.identity.CustomerOrganisationDirectory.OrganisationRef;
import fr.guichet.identity.Role;
import fr.guichet.identity.Site;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserPage;
import fr.guichet.identity.UserSearch;
import fr.guichet.shared.Language;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office administration of users: create, edit, disable or enable, reset a password. */
@Controller
@RequestMapping("/back/admin/users")
class AdminUserController {

    private final UserManagement users;
    private final TeamManagement teams;
    private final CustomerOrganisationDirectory organisations;

    AdminUserController(UserManagement users, TeamManagement teams, CustomerOrganisationDirectory organisations) {
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
    }

    /** The users that match the search and the filters, a page at a time, each filter with its count. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AccountKind kind,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UserSearch.Status status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserPage found = users.search(new UserSearch(q, kind, team, role, status, page));
        model.addAttribute("found", found);
        model.addAttribute("users", found.users());
        model.addAttribute("search", found.search());
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", UserSearch.Status.values());
        model.addAttribute("teams", teams.teams());
        model.addAttribute("teamNames", teams.teams().stream().collect(Collectors.toMap(Team::getId, Team::getName)));
        model.addAttribute("siteNames", teams.sites().stream().collect(Collectors.toMap(Site::getId, Site::getName)));
        model.addAttribute(
                "organisationNames",
                organisations.organisations().stream()
                        .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name)));
        return "identity/admin-users";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", UserForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.kind() != AccountKind.INTEGRATION
                && (form.password() == null || form.password().isBlank())) {
            errors.rejectValue("password", "validation.required");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            UserAccount created = form.kind() == AccountKind.INTEGRATION
                    ? users.createIntegration(form.profile())
                    : users.create(form.profile(), form.password());
            redirect.addFlashAttribute("flash", "admin.users.created");
            redirect.addFlashAttribute("flashArg", created.getUsername());
            return "redirect:/back/admin/users";
        } catch (AccountRuleViolation violation) {
            errors.rejectValue(violation.field(), violation.messageKey());
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("form", UserForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        if (errors.hasErrors()) {
            return form(model, account);
        }
        try {
            users.update(id, form.version(), form.profile());
            redirect.addFlashAttribute("flash", "admin.users.updated");
            redirect.addFlashAttribute("flashArg", form.username());
            return "redirect:/back/admin/users";
        } catch (AccountRuleViolation violation) {
            errors.rejectValue(violation.field(), violation.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("admin.error.conflict");
        }
        return form(model, account);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        users.disable(id);
        redirect.addFlashAttribute("flash", "admin.users.disabled");
        redirect.addFlashAttribute("flashArg", users.get(id).getUsername());
        return "redirect:/back/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        users.enable(id);
        redirect.addFlashAttribute("flash", "admin.users.enabled");
        redirect.addFlashAttribute("flashArg", users.get(id).getUsername());
        return "redirect:/back/admin/users";
    }

    @GetMapping("/{id}/password")
    String resetForm(@PathVariable long id, Model model) {
        model.addAttribute("account", users.get(id));
        return "identity/admin-user-password";
    }

    @PostMapping("/{id}/password")
    String reset(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
        } catch (AccountRuleViolation violation) {
            model.addAttribute("account", users.get(id));
            model.addAttribute("passwordError", violation.messageKey());
            return "identity/admin-user-password";
        }
        redirect.addFlashAttribute("flash", "admin.users.password-reset");
        redirect.addFlashAttribute("flashArg", users.get(id).getUsername());
        return "redirect:/back/admin/users";
    }

    private String form(Model model, UserAccount account) {
        model.addAttribute("account", account);
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("teams", teams.teams());
        model.addAttribute("sites", teams.sites());
        model.addAttribute("organisations", organisations.organisations());
        return "identity/admin-user-form";
    }
}
