package fr.guichet.notifications;

import fr.guichet.identity.InvitationIssued;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The email that carries an invitation to the customer portal, written in the invitation's transaction. */
@Component
class InvitationMails {

    private final Mailer mailer;
    private final String baseUrl;
    private final ZoneId zone;

    InvitationMails(
            Mailer mailer,
            @Value("${guichet.base-url:http://localhost:8080}") String baseUrl,
            @Value("${guichet.business-hours.zone:Europe/Paris}") String zone) {
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.zone = ZoneId.of(zone);
    }

    @EventListener
    void on(InvitationIssued invitation) {
        var locale = invitation.language().locale();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(invitation.expiresAt());
        mailer.send(
                invitation.email(),
                locale,
                null,
                "mail.invitation.subject",
                "mail.invitation.body",
                invitation.displayName(),
                invitation.invitedBy(),
                baseUrl + "/invitation/" + invitation.secret(),
                until);
    }
}
