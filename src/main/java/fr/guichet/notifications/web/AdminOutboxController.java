package fr.guichet.notifications.web;

import fr.guichet.notifications.Mailer;
import fr.guichet.notifications.OutgoingMail;
import fr.guichet.notifications.internal.Outbox;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox: every email Guichet wrote, with its state; where mail is read when no SMTP server is configured.
 * Invitation links of sent emails are masked ({@link SentInvitationLinks}); the files joined to a mail are listed by
 * name and size.
 */
@Controller
class AdminOutboxController {

    private final Mailer mailer;
    private final Outbox outbox;

    AdminOutboxController(Mailer mailer, Outbox outbox) {
        this.mailer = mailer;
        this.outbox = outbox;
    }

    @GetMapping("/back/admin/outbox")
    String outbox(Model model) {
        List<OutgoingMail> mails =
                mailer.latest(200).stream().map(SentInvitationLinks::masked).toList();
        model.addAttribute("mails", mails);
        model.addAttribute(
                "files",
                outbox.attachedFiles(mails.stream().map(OutgoingMail::id).toList()));
        return "notifications/admin-outbox";
    }
}
