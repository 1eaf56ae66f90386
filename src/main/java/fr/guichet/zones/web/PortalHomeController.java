package fr.guichet.zones.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The customer portal's home: the customer's organisation and its contacts. */
@Controller
class PortalHomeController {

    private final CustomerManagement customers;

    PortalHomeController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        Long organisationId = user.getCustomerOrganisationId();
        model.addAttribute(
                "organisation",
                organisationId == null ? null : customers.find(organisationId).orElse(null));
        model.addAttribute("contacts", organisationId == null ? List.of() : customers.contactsOf(organisationId));
        return "zones/portal-home";
    }
}
