package fr.guichet.zones.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.StaffHomePanel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front-office desk's home: find a customer while they are on the phone or at the counter. The search answers
 * as the agent types (htmx) and works as a plain form without JavaScript. A request reference ({@code DEM-…}) opens
 * the request: the search sent goes straight to it, the results typed so far offer it first.
 */
@Controller
class DeskHomeController {

    private static final int RESULTS = 20;

    private final CustomerManagement customers;
    private final StaffHomePanels panels;

    DeskHomeController(CustomerManagement customers, StaffHomePanels panels) {
        this.customers = customers;
        this.panels = panels;
    }

    @GetMapping("/desk")
    String home(
            @RequestParam(name = "q", required = false, defaultValue = "") String query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model) {
        String direct = customers.deskPageFor(query).orElse(null);
        if (direct != null && htmx == null) {
            return "redirect:" + direct;
        }
        model.addAttribute("direct", direct);
        model.addAttribute("q", query);
        model.addAttribute("results", customers.search(query, RESULTS));
        model.addAttribute("customerCount", customers.count());
        if (htmx == null) {
            model.addAttribute("panels", panels.of(StaffHomePanel.Home.DESK, user));
        }
        return htmx != null ? "zones/desk-home :: results" : "zones/desk-home";
    }
}
