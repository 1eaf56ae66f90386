package fr.guichet.identity.web;

import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.Invitation;
import fr.guichet.identity.InvitationExpired;
import fr.guichet.identity.InvitationManagement;
import fr.guichet.shared.TextInputEditor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an invited contact lands from their email: they choose a username and a password, and can sign in to the
 * portal. A used or expired link says so, and how to get a new one.
 */
@Controller
class InvitationController {

    /** What the invited person types. */
    record AcceptForm(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{identity.user.error.username-format}")
            String username,

            @NotBlank(message = "{validation.required}") String password) {}

    private final InvitationManagement invitations;

    InvitationController(InvitationManagement invitations) {
        this.invitations = invitations;
    }

    /** Passwords are kept exactly as typed (the sign-in compares them so), not normalised as other text (ADR 0014). */
    @InitBinder
    void passwordsAsTyped(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextInputEditor.asTyped());
    }

    @GetMapping("/invitation/{secret}")
    String show(@PathVariable String secret, Model model) {
        Optional<Invitation> invitation = invitations.usable(secret);
        if (invitation.isEmpty()) {
            return "identity/invitation-expired";
        }
        String suggested = invitation.get().email();
        model.addAttribute("form", new AcceptForm(suggested, ""));
        return page(model, invitation.get(), secret);
    }

    @PostMapping("/invitation/{secret}")
    String accept(
            @PathVariable String secret,
            @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<Invitation> invitation = invitations.usable(secret);
        if (invitation.isEmpty()) {
            return "identity/invitation-expired";
        }
        if (!errors.hasErrors()) {
            try {
                invitations.accept(secret, form.username(), form.password());
                redirect.addFlashAttribute("flash", "identity.invitation.accepted");
                redirect.addFlashAttribute("flashArg", form.username());
                return "redirect:/login";
            } catch (AccountRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (InvitationExpired expired) {
                return "identity/invitation-expired";
            }
        }
        return page(model, invitation.get(), secret);
    }

    private static String page(Model model, Invitation invitation, String secret) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("secret", secret);
        return "identity/invitation";
    }
}
