package fr.guichet.notifications.web;

import fr.guichet.notifications.Mailer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox: every email Guichet wrote, with its state; where mail is read when no SMTP server is configured.
 * Invitation links of sent emails are masked ({@link SentInvitationLinks}).
 */
@Controller
class AdminOutboxController {

    private final Mailer mailer;

    AdminOutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/back/admin/outbox")
    String outbox(Model model) {
        model.addAttribute(
                "mails",
                mailer.latest(200).stream().map(SentInvitationLinks::masked).toList());
        return "notifications/admin-outbox";
    }
}
