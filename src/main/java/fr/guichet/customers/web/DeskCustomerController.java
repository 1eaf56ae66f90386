package fr.guichet.customers.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerPanel;
import fr.guichet.customers.Organisation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer's screen at the desk: who they are, their contacts, and what the other modules know of them (their
 * requests, and later contracts and invoices) through {@link CustomerPanel}s.
 */
@Controller
class DeskCustomerController {

    private final CustomerManagement customers;
    private final List<CustomerPanel> panels;

    DeskCustomerController(CustomerManagement customers, ObjectProvider<CustomerPanel> panels) {
        this.customers = customers;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::order))
                .toList();
    }

    /** A panel ready to render. */
    record RenderedPanel(String fragment, Map<String, Object> model) {}

    @GetMapping("/desk/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        Organisation organisation =
                customers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("contacts", customers.contactsOf(id));
        model.addAttribute(
                "panels",
                panels.stream()
                        .map(panel -> new RenderedPanel(panel.fragment(), panel.model(id)))
                        .toList());
        return "desk/customer";
    }
}
