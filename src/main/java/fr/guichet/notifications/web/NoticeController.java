package fr.guichet.notifications.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.notifications.Notices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member's notices, in the desk or the back office: read them, open what they point to, mark them read. */
@Controller
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/{zone:desk|back}/notices")
    String list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String zone, Model model) {
        model.addAttribute("notices", notices.latest(user.getId(), 100));
        model.addAttribute("zone", zone);
        return "notices/list";
    }

    /** Marks one notice read and opens what it points to; or, without an id, marks them all read. */
    @PostMapping("/{zone:desk|back}/notices/read")
    String read(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @RequestParam(required = false) Long id) {
        notices.markRead(user.getId(), id);
        if (id != null) {
            return notices.latest(user.getId(), 100).stream()
                    .filter(n -> n.id() == id && n.link() != null && n.link().startsWith("/"))
                    .findFirst()
                    .map(n -> "redirect:" + n.link())
                    .orElse("redirect:/" + zone + "/notices");
        }
        return "redirect:/" + zone + "/notices";
    }
}
