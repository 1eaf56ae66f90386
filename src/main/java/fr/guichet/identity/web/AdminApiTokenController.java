package fr.guichet.identity.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.ApiTokenManagement.IssuedToken;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back-office administration of API tokens: issue one (shown once), see their use, revoke them. */
@Controller
@RequestMapping("/back/admin/tokens")
class AdminApiTokenController {

    private final ApiTokenManagement tokens;
    private final UserManagement users;

    AdminApiTokenController(ApiTokenManagement tokens, UserManagement users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> usernames =
                users.all().stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("usernames", usernames);
        model.addAttribute(
                "integrationUsers",
                users.all().stream()
                        .filter(u -> u.getKind() == AccountKind.INTEGRATION && u.isEnabled())
                        .toList());
        return "identity/admin-tokens";
    }

    @PostMapping
    String issue(
            @RequestParam(required = false) Long userId,
            @RequestParam(defaultValue = "") String name,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        String nameError = name.isBlank() ? "validation.required" : name.length() > 100 ? "validation.too-long" : null;
        String userError = userId == null ? "validation.required" : null;
        if (nameError == null && userError == null) {
            try {
                IssuedToken issued = tokens.issue(userId, name, admin.getName());
                redirect.addFlashAttribute("issuedSecret", issued.secret());
                redirect.addFlashAttribute("issuedName", issued.token().getName());
                return "redirect:/back/admin/tokens";
            } catch (AccountRuleViolation violation) {
                userError = violation.messageKey();
            }
        }
        model.addAttribute("nameError", nameError);
        model.addAttribute("userError", userError);
        model.addAttribute("typedName", name);
        model.addAttribute("typedUserId", userId);
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flash", "admin.tokens.revoked");
        return "redirect:/back/admin/tokens";
    }
}
