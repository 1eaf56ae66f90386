package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.InterlocutorPolicy;
import fr.guichet.requests.OwnerSettingsManagement;
import java.util.Arrays;
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
 * Administrators choose how a new customer request gets its interlocutor ({@link InterlocutorPolicy}) and whether
 * owners are also told by email when a team returns a request, asks them or answers.
 */
@Controller
@RequestMapping("/back/admin/interlocutors")
class AdminInterlocutorController {

    private final OwnerSettingsManagement settings;

    AdminInterlocutorController(OwnerSettingsManagement settings) {
        this.settings = settings;
    }

    @GetMapping
    String form(Model model) {
        var current = settings.current();
        return page(model, current.interlocutorPolicy().name(), current.mailOwners(), current.version(), null);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "false") boolean mailOwners,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        InterlocutorPolicy chosen = Arrays.stream(InterlocutorPolicy.values())
                .filter(p -> p.name().equals(policy))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return page(model, policy, mailOwners, version, "owners.admin.error.policy");
        }
        try {
            settings.change(chosen, mailOwners, version, admin);
        } catch (OptimisticLockingFailureException conflict) {
            return page(model, policy, mailOwners, settings.current().version(), "admin.error.conflict");
        }
        redirect.addFlashAttribute("flash", "owners.admin.saved");
        return "redirect:/back/admin/interlocutors";
    }

    private String page(Model model, String policy, boolean mailOwners, int version, String error) {
        model.addAttribute("policies", InterlocutorPolicy.values());
        model.addAttribute("policy", policy);
        model.addAttribute("mailOwners", mailOwners);
        model.addAttribute("version", version);
        model.addAttribute("error", error);
        model.addAttribute("current", settings.current());
        return "requests/admin-interlocutors";
    }
}
