package fr.guichet.notifications.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.notifications.AlertManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member's alerts, in the desk or the back office: read them, open what they point to, mark them read. */
@Controller
class AlertController {

    private final AlertManagement alerts;

    AlertController(AlertManagement alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/{zone:desk|back}/alerts")
    String list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String zone, Model model) {
        model.addAttribute("alerts", alerts.latest(user.getId(), 100));
        model.addAttribute("zone", zone);
        return "notifications/alerts";
    }

    /** Marks one alert read and opens what it points to; or, without an id, marks them all read. */
    @PostMapping("/{zone:desk|back}/alerts/read")
    String read(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @RequestParam(required = false) Long id) {
        alerts.markRead(user.getId(), id);
        if (id != null) {
            return alerts.latest(user.getId(), 100).stream()
                    .filter(n -> n.id() == id && n.link() != null && n.link().startsWith("/"))
                    .findFirst()
                    .map(n -> "redirect:" + n.link())
                    .orElse("redirect:/" + zone + "/alerts");
        }
        return "redirect:/" + zone + "/alerts";
    }
}
