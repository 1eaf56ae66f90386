package fr.guichet.zones.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.KnownDevices;
import fr.guichet.identity.LoginClient;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.TextInputEditor;
import fr.guichet.zones.Zone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: changing their password (required after an administrator's reset), which ends
 * their other sessions.
 */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final UserManagement users;
    private final KnownDevices devices;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserManagement users, KnownDevices devices) {
        this.users = users;
        this.devices = devices;
    }

    /** Passwords are kept exactly as typed (the sign-in compares them so), not normalised as other text (ADR 0014). */
    @InitBinder
    void passwordsAsTyped(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextInputEditor.asTyped());
    }

    @GetMapping
    String form(Authentication authentication, Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return page(authentication, model);
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword")
                && !errors.hasFieldErrors("confirmation")
                && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "identity.password.error.confirmation");
        }
        if (!errors.hasErrors()) {
            try {
                UserAccount account = users.changeOwnPassword(
                        authentication.getName(),
                        form.currentPassword(),
                        form.newPassword(),
                        LoginClient.of(request),
                        request.getSession().getId());
                refreshPrincipal(account, authentication, request, response);
                // The new password makes the browser's device cookie unknown: this browser stays a known device.
                devices.remember(request, response, account.getUsername());
                redirect.addFlashAttribute("flash", "account.password.changed");
                return "redirect:" + Zone.homeOf(authentication).root();
            } catch (AccountRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            }
        }
        return page(authentication, model);
    }

    private String page(Authentication authentication, Model model) {
        boolean required =
                authentication.getPrincipal() instanceof AccountPrincipal principal && principal.isMustChangePassword();
        model.addAttribute("required", required);
        model.addAttribute("layout", Zone.homeOf(authentication).layout());
        // the language saved in the account, which the page's own language (cookie, ?lang=) may differ from
        model.addAttribute(
                "savedLanguage",
                users.findByUsername(authentication.getName())
                        .map(account -> account.getLanguage().code())
                        .orElse("fr"));
        return "zones/account";
    }

    private void refreshPrincipal(
            UserAccount account, Authentication previous, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = new AccountPrincipal(account);
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        updated.setDetails(previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
