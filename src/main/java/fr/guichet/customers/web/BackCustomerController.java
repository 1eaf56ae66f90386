package fr.guichet.customers.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerRuleViolation;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.customers.UnknownCustomer;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.InvitationManagement;
import fr.guichet.identity.UserManagement;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer master data in the back office (sales administration): find, create with a warning on duplicates,
 * edit with every identifier checked, and the history of changes.
 */
@Controller
@RequestMapping("/back/customers")
class BackCustomerController {

    private final CustomerManagement customers;
    private final CustomerMasterDataManagement masterData;
    private final UserManagement users;
    private final InvitationManagement invitations;
    private final CustomerPanels panels;

    BackCustomerController(
            CustomerManagement customers,
            CustomerMasterDataManagement masterData,
            UserManagement users,
            InvitationManagement invitations,
            CustomerPanels panels) {
        this.customers = customers;
        this.masterData = masterData;
        this.users = users;
        this.invitations = invitations;
        this.panels = panels;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        List<Organisation> found = q.isBlank() ? customers.all(300) : customers.search(q, 100);
        model.addAttribute("q", q);
        model.addAttribute("organisations", found);
        model.addAttribute("total", q.isBlank() ? customers.count() : found.size());
        return "customers/list";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", OrganisationForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            List<Organisation> duplicates = masterData.duplicatesOf(form.profile(), null);
            if (!duplicates.isEmpty() && !Boolean.TRUE.equals(form.confirmDuplicate())) {
                model.addAttribute("duplicates", duplicates);
                return form(model, null);
            }
            try {
                Organisation created = masterData.create(form.profile(), user.getDisplayName());
                return saved(redirect, created);
            } catch (CustomerRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            }
        }
        return form(model, null);
    }

    /**
     * The customer's 360° view in the back office: the same panels as the desk's (requests, quotes, contracts, money),
     * so that whoever works on a customer's file sees them whole, billing included.
     */
    @GetMapping("/{id}/overview")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisation(id));
        model.addAttribute("contacts", customers.contactsOf(id));
        model.addAttribute("panels", panels.of(id));
        model.addAttribute("zone", "back");
        return "customers/customer-360";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", OrganisationForm.of(organisation(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        organisation(id);
        if (!errors.hasErrors()) {
            try {
                return saved(redirect, masterData.update(id, form.version(), form.profile(), user.getDisplayName()));
            } catch (CustomerRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, id);
    }

    /** Merges a duplicate into this customer, once the person confirmed it (nothing can undo it). */
    @PostMapping("/{id}/merge")
    String merge(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam long mergedId,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            redirect.addFlashAttribute("flash", "customers.merge.confirm-first");
            return "redirect:/back/customers/" + id;
        }
        String mergedName = organisation(mergedId).getName();
        try {
            Organisation kept = masterData.merge(id, mergedId, user.getDisplayName());
            redirect.addFlashAttribute("flash", "customers.merged");
            redirect.addFlashAttribute("flashArg", mergedName);
            return "redirect:/back/customers/" + kept.getId();
        } catch (CustomerRuleViolation violation) {
            redirect.addFlashAttribute("flash", violation.messageKey());
            return "redirect:/back/customers/" + id;
        }
    }

    private Organisation organisation(long id) {
        return customers.find(id).orElseThrow(() -> new UnknownCustomer(String.valueOf(id)));
    }

    private static String saved(RedirectAttributes redirect, Organisation organisation) {
        redirect.addFlashAttribute("flash", "customers.saved");
        redirect.addFlashAttribute("flashArg", organisation.getName());
        return "redirect:/back/customers/" + organisation.getId();
    }

    private String form(Model model, Long id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("statuses", CustomerStatus.values());
        model.addAttribute(
                "managers",
                users.all().stream()
                        .filter(u -> u.getKind() == AccountKind.STAFF && u.isEnabled())
                        .map(u -> new Manager(u.getId(), u.getDisplayName()))
                        .toList());
        model.addAttribute("history", id == null ? List.of() : masterData.history(id));
        model.addAttribute("contacts", id == null ? List.of() : customers.contactsOf(id));
        model.addAttribute(
                "likelyDuplicates",
                id == null
                        ? List.of()
                        : masterData.duplicatesOf(((OrganisationForm) model.getAttribute("form")).profile(), id));
        model.addAttribute("invitations", id == null ? List.of() : invitations.ofOrganisation(id));
        model.addAttribute("now", Instant.now());
        return "customers/form";
    }

    /** A staff member who may manage the account, for the select. */
    record Manager(Long id, String name) {}
}
