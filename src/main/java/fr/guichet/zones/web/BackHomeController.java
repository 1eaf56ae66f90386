package fr.guichet.zones.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.TeamManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's home: the user's team and site, and the way to their work. */
@Controller
class BackHomeController {

    private final TeamManagement teams;

    BackHomeController(TeamManagement teams) {
        this.teams = teams;
    }

    @GetMapping("/back")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("team", user.getTeamId() == null ? null : teams.team(user.getTeamId()));
        model.addAttribute("site", user.getSiteId() == null ? null : teams.site(user.getSiteId()));
        return "zones/back-home";
    }
}
