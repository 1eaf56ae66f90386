package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.InvitationManagement;
import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The administrators' outbox shows what Guichet wrote, but not a sent invitation's link in clear. */
class AdminOutboxIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    InvitationManagement invitations;

    @Autowired
    Mailer mailer;

    @Test
    void aSentInvitationsLinkIsMaskedInTheOutbox() throws Exception {
        long organisation = customers.search("Boulangerie Martin", 1).get(0).getId();
        String email = unique("invitee") + "@example.fr";
        invitations.invite(email, "Invitée Masquée", organisation, Language.FR, "test");
        String mailed = TestMail.text(TestMail.awaitFor(email, 1).get(0));
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(mailed);
        assertThat(link.find()).isTrue();
        String secret = link.group(1);
        awaitSent(email);

        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        String outbox = HtmlUtils.htmlUnescape(admin.get("/back/admin/outbox").body());
        assertThat(outbox).contains(email).contains("/invitation/•••").doesNotContain(secret);
    }

    private void awaitSent(String email) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (mailer.latest(200).stream()
                    .anyMatch(m -> m.recipient().equals(email) && m.status() == OutgoingMail.Status.SENT)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The invitation to " + email + " was not marked as sent");
    }
}
