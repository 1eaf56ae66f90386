package fr.guichet.customers.web;

import fr.guichet.customers.Contact;
import fr.guichet.customers.ContactChannel;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerRuleViolation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.UnknownCustomer;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.identity.InvitationManagement;
import fr.guichet.shared.Language;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's contacts in the back office: add, edit, and invite one to the customer portal by email. */
@Controller
@RequestMapping("/back/customers/{id}/contacts")
class BackContactController {

    private final CustomerManagement customers;
    private final InvitationManagement invitations;

    BackContactController(CustomerManagement customers, InvitationManagement invitations) {
        this.customers = customers;
        this.invitations = invitations;
    }

    @GetMapping("/new")
    String blank(@PathVariable long id, Model model) {
        model.addAttribute("form", ContactForm.blank());
        return form(model, organisation(id), null);
    }

    @GetMapping("/{contactId}")
    String edit(@PathVariable long id, @PathVariable long contactId, Model model) {
        model.addAttribute("form", ContactForm.of(contact(id, contactId)));
        return form(model, organisation(id), contactId);
    }

    @PostMapping({"", "/{contactId}"})
    String save(
            @PathVariable long id,
            @PathVariable(required = false) Long contactId,
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = organisation(id);
        if (!errors.hasErrors()) {
            try {
                Contact saved = customers.saveContact(id, contactId, form.version(), form.details());
                redirect.addFlashAttribute("flash", "customers.contact.saved");
                redirect.addFlashAttribute("flashArg", saved.getFullName());
                return "redirect:/back/customers/" + id;
            } catch (CustomerRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, organisation, contactId);
    }

    /** Sends the contact an invitation to the portal; a contact without email, or with an account, is told why not. */
    @PostMapping("/{contactId}/invite")
    String invite(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long contactId,
            RedirectAttributes redirect) {
        Contact contact = contact(id, contactId);
        try {
            invitations.invite(
                    contact.getEmail(),
                    contact.getFullName(),
                    id,
                    Language.ofCode(contact.getPreferredLanguage()),
                    user.getDisplayName());
            redirect.addFlashAttribute("flash", "customers.contact.invited");
            redirect.addFlashAttribute("flashArg", contact.getEmail());
        } catch (AccountRuleViolation refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/back/customers/" + id;
    }

    private Organisation organisation(long id) {
        return customers.find(id).orElseThrow(() -> new UnknownCustomer(String.valueOf(id)));
    }

    private Contact contact(long id, long contactId) {
        return customers.contact(id, contactId).orElseThrow(() -> new UnknownCustomer(id + "/" + contactId));
    }

    private static String form(Model model, Organisation organisation, Long contactId) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("contactId", contactId);
        model.addAttribute("languages", Language.values());
        model.addAttribute("channels", ContactChannel.values());
        return "customers/contact-form";
    }
}
