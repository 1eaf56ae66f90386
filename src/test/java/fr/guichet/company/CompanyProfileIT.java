package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.notifications.Mailer;
import fr.guichet.notifications.OutgoingMail;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** The company's identity is read from its stored profile by the pages, the layouts and the emails. */
class CompanyProfileIT extends IntegrationTest {

    private static final CompanyProfile OTHER = new CompanyProfile(
            "Atelier Lumière",
            "Atelier Lumière SARL",
            "01 23 45 67 89",
            "bonjour@atelier-lumiere.test",
            List.of("2 place du Marché"),
            "75001",
            "Paris",
            "",
            "");

    @Autowired
    CompanyManagement company;

    @Autowired
    Mailer mailer;

    @Test
    void theDemoStoresItsCompanyWhichThePagesShow() throws Exception {
        CompanyManagement.Stored stored = company.stored();
        assertThat(stored.version())
                .as("stored by the demo, not the neutral profile")
                .isPositive();
        assertThat(stored.profile().tradeName()).isEqualTo("Helios Infogérance");

        String home = page("/");
        assertThat(home).contains("<title>Helios Infogérance — Votre informatique, un seul interlocuteur</title>");
        assertThat(page("/contact")).contains("18 rue Servient").contains("04 78 00 00 00");
    }

    @Test
    void aChangedProfileIsWhatThePagesAndTheEmailsShow() throws Exception {
        CompanyManagement.Stored before = company.stored();
        try {
            company.change(OTHER, before.version(), "test");

            String home = page("/");
            assertThat(home)
                    .contains("<title>Atelier Lumière — Votre informatique, un seul interlocuteur</title>")
                    .contains("Atelier Lumière — votre interlocuteur, du premier appel à la résolution")
                    .doesNotContainIgnoringCase("helios");
            assertThat(page("/services")).contains("<title>Nos services — Atelier Lumière</title>");
            assertThat(page("/contact"))
                    .contains("<title>Contact — Atelier Lumière</title>")
                    .contains("Atelier Lumière SARL")
                    .contains("2 place du Marché")
                    .contains("75001 Paris")
                    .contains("href=\"tel:0123456789\"")
                    .contains("mailto:bonjour@atelier-lumiere.test")
                    .doesNotContainIgnoringCase("helios");

            String recipient = unique("profil") + "@example.fr";
            OutgoingMail mail = mailer.send(
                    recipient,
                    Locale.FRENCH,
                    "DEM-2026-999002",
                    "mail.receipt.subject",
                    "mail.receipt.body",
                    "DEM-2026-999002",
                    "Sujet",
                    "http://localhost/contact");
            assertThat(mail.body()).endsWith("\n-- \nAtelier Lumière — 01 23 45 67 89 — bonjour@atelier-lumiere.test");
            assertThat(mail.messageId()).endsWith("@atelier-lumiere.test>");
            List<MimeMessage> received = TestMail.awaitFor(recipient, 1);
            assertThat(received).hasSize(1);
            InternetAddress from = (InternetAddress) received.get(0).getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("bonjour@atelier-lumiere.test");
            assertThat(from.getPersonal()).isEqualTo("Atelier Lumière");
        } finally {
            company.change(before.profile(), company.stored().version(), "test");
        }
    }

    @Test
    void withTheNeutralProfileThePagesShowOnlyTheProductsName() throws Exception {
        CompanyManagement.Stored before = company.stored();
        try {
            company.change(CompanyProfile.NEUTRAL, before.version(), "test");

            assertThat(page("/")).contains("<title>Guichet — Votre informatique, un seul interlocuteur</title>");
            String contact =
                    mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString();
            assertThat(contact)
                    .contains("<title>Contact — Guichet</title>")
                    .as("no empty address, phone or email cards")
                    .doesNotContain("tel:")
                    .doesNotContain("mailto:")
                    .doesNotContain("<h2>Adresse</h2>");
        } finally {
            company.change(before.profile(), company.stored().version(), "test");
        }
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
