package fr.guichet.zones.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.identity.TeamManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's home: the panels other modules contribute for the user ({@link StaffHomePanel}), their team and site. */
@Controller
class BackHomeController {

    private final TeamManagement teams;
    private final StaffHomePanels panels;

    BackHomeController(TeamManagement teams, StaffHomePanels panels) {
        this.teams = teams;
        this.panels = panels;
    }

    @GetMapping("/back")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("team", user.getTeamId() == null ? null : teams.team(user.getTeamId()));
        model.addAttribute("site", user.getSiteId() == null ? null : teams.site(user.getSiteId()));
        model.addAttribute("panels", panels.of(StaffHomePanel.Home.BACK, user));
        return "zones/back-home";
    }
}
