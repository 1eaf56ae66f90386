package fr.guichet.customers.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerRuleViolation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationProfile;
import fr.guichet.identity.AccountPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's screen at the desk: who they are, their contacts, and what the other modules know of them (their
 * requests, and later contracts and invoices) through {@link CustomerPanel}s.
 */
@Controller
class DeskCustomerController {

    private final CustomerManagement customers;
    private final CustomerMasterDataManagement masterData;
    private final CustomerPanels panels;

    DeskCustomerController(
            CustomerManagement customers, CustomerMasterDataManagement masterData, CustomerPanels panels) {
        this.customers = customers;
        this.masterData = masterData;
        this.panels = panels;
    }

    @GetMapping("/desk/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        Organisation organisation =
                customers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("quick")) {
            model.addAttribute(
                    "quick",
                    new QuickEdit(organisation.getPhone(), organisation.getEmail(), organisation.getVersion()));
        }
        return page(id, organisation, model);
    }

    /** What the desk may correct while the customer is on the line: the phone number and the email address. */
    record QuickEdit(String phone, String email, int version) {}

    @PostMapping("/desk/customers/{id}/quick")
    String quickEdit(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable long id,
            @ModelAttribute("quick") QuickEdit quick,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation =
                customers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String error;
        String field;
        try {
            masterData.update(id, quick.version(), profileWith(organisation, quick), agent.getDisplayName());
            redirect.addFlashAttribute("flash", "customers.saved");
            redirect.addFlashAttribute("flashArg", organisation.getName());
            return "redirect:/desk/customers/" + id;
        } catch (CustomerRuleViolation violation) {
            field = violation.field();
            error = violation.messageKey();
        } catch (OptimisticLockingFailureException conflict) {
            field = "form";
            error = "admin.error.conflict";
        }
        model.addAttribute("quickField", field);
        model.addAttribute("quickError", error);
        return page(id, organisation, model);
    }

    private static OrganisationProfile profileWith(Organisation o, QuickEdit quick) {
        return new OrganisationProfile(
                o.getName(),
                o.getTradeName(),
                o.getKind(),
                o.getStatus(),
                o.getSiren(),
                o.getSiret(),
                o.getVatNumber(),
                o.getSegment(),
                o.getAddress(),
                o.getDeliveryAddress(),
                quick.phone(),
                quick.email(),
                o.getAccountManagerId(),
                o.getNotes());
    }

    private String page(long id, Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("contacts", customers.contactsOf(id));
        model.addAttribute("panels", panels.of(id));
        model.addAttribute("zone", "desk");
        return "customers/customer-360";
    }
}
