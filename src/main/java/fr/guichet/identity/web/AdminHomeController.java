package fr.guichet.identity.web;

import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's entry page. */
@Controller
class AdminHomeController {

    private final UserManagement users;
    private final TeamManagement teams;

    AdminHomeController(UserManagement users, TeamManagement teams) {
        this.users = users;
        this.teams = teams;
    }

    @GetMapping("/back/admin")
    String home(Model model) {
        model.addAttribute("userCount", users.count());
        model.addAttribute("teamCount", teams.teams().size());
        model.addAttribute("siteCount", teams.sites().size());
        return "identity/admin-home";
    }
}
