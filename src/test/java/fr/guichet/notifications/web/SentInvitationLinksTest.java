package fr.guichet.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.notifications.OutgoingMail;
import fr.guichet.notifications.OutgoingMail.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SentInvitationLinksTest {

    private static final String SECRET = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
    private static final String BODY =
            "Bonjour,\n\nChoisissez votre mot de passe ici :\nhttps://guichet.example/invitation/" + SECRET
                    + "\n\nCe lien fonctionne une seule fois.";

    @Test
    void aSentInvitationShowsItsLinkMasked() {
        OutgoingMail shown = SentInvitationLinks.masked(mail(Status.SENT));
        assertThat(shown.body())
                .doesNotContain(SECRET)
                .contains("https://guichet.example/invitation/•••")
                .contains("Ce lien fonctionne une seule fois.");
        assertThat(shown.subject()).isEqualTo("Votre accès");
    }

    @Test
    void anInvitationNotSentYetOrKeptForTheAdministratorsStillShowsItsLink() {
        for (Status status : new Status[] {Status.KEPT, Status.PENDING, Status.FAILED}) {
            assertThat(SentInvitationLinks.masked(mail(status)).body())
                    .as(status.name())
                    .contains(SECRET);
        }
    }

    private static OutgoingMail mail(Status status) {
        return new OutgoingMail(
                1,
                "a@example.fr",
                "Votre accès",
                BODY,
                "fr",
                null,
                "<id@guichet>",
                status,
                1,
                null,
                Instant.now(),
                null,
                null);
    }
}
