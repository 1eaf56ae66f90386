package fr.guichet.notifications;

import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanySettings;
import fr.guichet.identity.InvitationIssued;
import fr.guichet.requests.RequestSettings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The email that carries an invitation to the customer portal, written in the invitation's transaction. */
@Component
class InvitationMails {

    private final Mailer mailer;
    private final CompanyManagement company;
    private final String baseUrl;
    private final ZoneId zone;

    InvitationMails(Mailer mailer, CompanyManagement company, CompanySettings settings, RequestSettings requests) {
        this.mailer = mailer;
        this.company = company;
        this.baseUrl = settings.baseUrl();
        this.zone = requests.businessHours().zone();
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
                until,
                company.current().tradeName());
    }
}
