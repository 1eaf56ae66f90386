package fr.guichet.notifications.web;

import fr.guichet.notifications.OutgoingMail;
import java.util.regex.Pattern;

/**
 * An invitation link is a secret that opens an account: once its email has been sent, the outbox shows it masked
 * ({@code /invitation/•••}), so that nobody reading the outbox can accept it in the invitee's place. An email kept
 * in the outbox because no SMTP server is configured, or not sent yet, still shows it: the outbox is then the only
 * way to pass it on.
 */
final class SentInvitationLinks {

    static final String MASK = "•••";

    private static final Pattern LINK = Pattern.compile("(/invitation/)[A-Za-z0-9_-]+");

    private SentInvitationLinks() {}

    static OutgoingMail masked(OutgoingMail mail) {
        if (mail.status() != OutgoingMail.Status.SENT || mail.body() == null) {
            return mail;
        }
        String body = LINK.matcher(mail.body()).replaceAll("$1" + MASK);
        return new OutgoingMail(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                body,
                mail.language(),
                mail.reference(),
                mail.messageId(),
                mail.status(),
                mail.attempts(),
                mail.lastError(),
                mail.createdAt(),
                mail.sentAt(),
                mail.nextAttemptAt());
    }
}
