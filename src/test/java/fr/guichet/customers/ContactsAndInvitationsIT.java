package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Sales administration keeps contacts and invites one to the portal; the link works once and expires. */
class ContactsAndInvitationsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aContactIsInvitedByEmailChoosesAPasswordAndSignsInToTheirOrganisationsPortal() throws Exception {
        Organisation organisation = customers.search("Boulangerie Martin", 1).get(0);
        HttpSession office = backOffice();
        String email = unique("contact") + "@example.fr";

        String refused = HtmlUtils.htmlUnescape(office.post(
                        "/back/customers/" + organisation.getId() + "/contacts",
                        contact("Léa", "Girard", email, "06 12", "0"))
                .body());
        assertThat(refused)
                .contains("id=\"mobile-error\"")
                .contains("value=\"Léa\"")
                .contains("value=\"06 12\"");

        HttpResponse<String> saved = office.post(
                "/back/customers/" + organisation.getId() + "/contacts",
                contact("Léa", "Girard", email, "06 12 34 56 78", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Contact contact = customers.contactsOf(organisation.getId()).stream()
                .filter(c -> email.equals(c.getEmail()))
                .findFirst()
                .orElseThrow();
        assertThat(contact.getMobile()).isEqualTo("06 12 34 56 78");
        assertThat(contact.getPreferredChannel()).isEqualTo(ContactChannel.PHONE);

        assertThat(office.post("/back/customers/" + organisation.getId() + "/contacts/" + contact.getId() + "/invite")
                        .statusCode())
                .isEqualTo(302);
        List<MimeMessage> mails = TestMail.awaitFor(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Votre accès à l’espace client Helios Infogérance");
        String body = TestMail.text(mails.get(0));
        assertThat(body).contains("Bonjour Léa Girard").contains("Ce lien fonctionne une seule fois");
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        String path = "/invitation/" + link.group(1);

        HttpSession invited = new HttpSession(port);
        String page = HtmlUtils.htmlUnescape(invited.get(path).body());
        assertThat(page).contains("Bienvenue, Léa Girard").contains("value=\"" + email + "\"");
        String weak = HtmlUtils.htmlUnescape(
                invited.post(path, "username", "lea.girard." + contact.getId(), "password", "court")
                        .body());
        assertThat(weak).contains("id=\"password-error\"").contains("au moins 12 caractères");
        String username = "lea.girard." + contact.getId();
        HttpResponse<String> accepted = invited.post(path, "username", username, "password", PASSWORD);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        UserAccount account = users.findByUsername(username).orElseThrow();
        assertThat(account.getKind()).isEqualTo(AccountKind.CUSTOMER);
        assertThat(account.getCustomerOrganisationId()).isEqualTo(organisation.getId());
        assertThat(account.getEmail()).isEqualTo(email);
        HttpSession portal = new HttpSession(port);
        portal.login(username, PASSWORD);
        assertThat(portal.get("/portal").statusCode()).isEqualTo(200);

        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get(path).body()))
                .as("the link works once")
                .contains("Ce lien ne fonctionne plus");
        assertThat(HtmlUtils.htmlUnescape(
                        office.get("/back/customers/" + organisation.getId()).body()))
                .contains("Acceptée");
        HttpResponse<String> again =
                office.post("/back/customers/" + organisation.getId() + "/contacts/" + contact.getId() + "/invite");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(TestMail.receivedBy(email))
                .as("an account already uses the address")
                .hasSize(1);
    }

    @Test
    void anExpiredLinkNoLongerWorksAndANewInvitationEndsThePreviousOne() throws Exception {
        Organisation organisation = customers.search("Boulangerie Martin", 1).get(0);
        HttpSession office = backOffice();
        String email = unique("contact") + "@example.fr";
        office.post("/back/customers/" + organisation.getId() + "/contacts", contact("Paul", "Roux", email, "", "0"));
        Contact contact = customers.contactsOf(organisation.getId()).stream()
                .filter(c -> email.equals(c.getEmail()))
                .findFirst()
                .orElseThrow();
        String invite = "/back/customers/" + organisation.getId() + "/contacts/" + contact.getId() + "/invite";
        office.post(invite);
        String first = linkIn(TestMail.awaitFor(email, 1).get(0));
        office.post(invite);
        String second = linkIn(TestMail.awaitFor(email, 2).get(1));
        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get(first).body()))
                .as("replaced by the newer invitation")
                .contains("Ce lien ne fonctionne plus");
        HttpSession late = new HttpSession(port);
        assertThat(late.get(second).body())
                .as("the form is open while the link is valid")
                .contains("Bienvenue");

        jdbc.sql("UPDATE identity_invitation SET expires_at = :past WHERE email = :email")
                .param("past", OffsetDateTime.now().minusMinutes(1))
                .param("email", email)
                .update();
        assertThat(HtmlUtils.htmlUnescape(
                        late.post(second, "username", "paul.roux." + contact.getId(), "password", PASSWORD)
                                .body()))
                .as("sent after the link expired")
                .contains("Ce lien ne fonctionne plus");
        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get(second).body()))
                .contains("Ce lien ne fonctionne plus");
        assertThat(HtmlUtils.htmlUnescape(
                        late.post(second, "username", "paul.roux." + contact.getId(), "password", PASSWORD)
                                .body()))
                .contains("Ce lien ne fonctionne plus");
        assertThat(users.findByUsername("paul.roux." + contact.getId())).isEmpty();
    }

    private HttpSession backOffice() {
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(office.get("/back/customers").statusCode()).isEqualTo(200);
        return office;
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(TestMail.text(mail));
        assertThat(link.find()).isTrue();
        return "/invitation/" + link.group(1);
    }

    private static String[] contact(String first, String last, String email, String mobile, String version) {
        return new String[] {
            "firstName",
            first,
            "lastName",
            last,
            "jobTitle",
            "Gérante",
            "email",
            email,
            "phone",
            "",
            "mobile",
            mobile,
            "language",
            "FR",
            "channel",
            "PHONE",
            "version",
            version
        };
    }
}
