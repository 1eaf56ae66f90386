package fr.guichet.zones.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerPortalPanel;
import fr.guichet.identity.AccountPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer portal's home: what other modules contribute for the customer's organisation ({@link
 * CustomerPortalPanel}: their open requests and who follows them, their active contracts, and what is due once billing
 * exists), then the organisation and its contacts.
 */
@Controller
class PortalHomeController {

    private final CustomerManagement customers;
    private final List<CustomerPortalPanel> panels;

    PortalHomeController(CustomerManagement customers, ObjectProvider<CustomerPortalPanel> panels) {
        this.customers = customers;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPortalPanel::order))
                .toList();
    }

    /** A panel ready to render. */
    record RenderedPanel(String fragment, Map<String, Object> model) {}

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        Long organisationId = user.getCustomerOrganisationId();
        model.addAttribute(
                "organisation",
                organisationId == null ? null : customers.find(organisationId).orElse(null));
        model.addAttribute("contacts", organisationId == null ? List.of() : customers.contactsOf(organisationId));
        model.addAttribute(
                "panels",
                panels.stream()
                        .map(panel -> new RenderedPanel(panel.fragment(), panel.model(organisationId, user.getId())))
                        .toList());
        return "zones/portal-home";
    }
}
