package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.company.CompanyLegalLine;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanySettings;
import fr.guichet.identity.Role;
import fr.guichet.notifications.OutgoingMail.Status;
import fr.guichet.notifications.internal.Outbox;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Files joined to an email reach the recipient (a real SMTP server, GreenMail), are kept in the outbox with their mail,
 * so that a send tried again later carries them too, and are listed in the administrators' outbox.
 */
class MailAttachmentIT extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MessageSource messages;

    @Autowired
    MailRetries retries;

    @Autowired
    Mailer mailer;

    @Autowired
    NotificationSettings settings;

    @Autowired
    CompanyManagement company;

    @Autowired
    CompanySettings companySettings;

    @Autowired
    CompanyLegalLine legalLine;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    private static final byte[] PDF =
            "%PDF-1.7\nfake but binary: \u0000\u0001\u00ff\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theRecipientReceivesTheFilesWithTheTextAndTheOutboxKeepsThem() throws Exception {
        String recipient = unique("client") + "@example.fr";
        byte[] xml = "<?xml version=\"1.0\"?>\n<rsm:CrossIndustryInvoice/>\n".getBytes(StandardCharsets.UTF_8);

        OutgoingMail written = new TransactionTemplate(transactions)
                .execute(status -> mailer.send(
                        recipient,
                        Locale.FRENCH,
                        "FA-2026-000042",
                        "mail.receipt.subject",
                        "mail.receipt.body",
                        List.of(
                                new MailAttachment("Facture FA-2026-000042 été.pdf", "application/pdf", PDF),
                                new MailAttachment("../../factur-x.xml", "application/xml", xml)),
                        "FA-2026-000042",
                        "Votre facture",
                        "http://localhost/portal"));

        List<MimeMessage> received = TestMail.awaitFor(recipient, 1);
        assertThat(received).hasSize(1);
        assertThat(TestMail.text(received.get(0))).contains("Votre facture");
        List<Part> files = attachments(received.get(0));
        assertThat(files)
                .extracting(MailAttachmentIT::filename)
                .containsExactly("Facture FA-2026-000042 été.pdf", "factur-x.xml");
        assertThat(files.get(0).isMimeType("application/pdf")).isTrue();
        assertThat(bytes(files.get(0))).isEqualTo(PDF);
        assertThat(bytes(files.get(1))).isEqualTo(xml);

        assertThat(outbox.attachmentsOf(written.id()))
                .containsExactly(
                        new MailAttachment("Facture FA-2026-000042 été.pdf", "application/pdf", PDF),
                        new MailAttachment("factur-x.xml", "application/xml", xml));
    }

    @Test
    void aMailTheServerRefusedCarriesItsFilesWhenTriedAgain() throws Exception {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        String recipient = unique("client") + "@example.fr";
        OutgoingMail refused = mailer(deadSmtp(), Clock.fixed(start, ZoneOffset.UTC))
                .send(
                        recipient,
                        Locale.ENGLISH,
                        "FA-2026-000043",
                        "mail.receipt.subject",
                        "mail.receipt.body",
                        List.of(new MailAttachment("Invoice FA-2026-000043.pdf", "application/pdf", PDF)),
                        "FA-2026-000043",
                        "Your invoice",
                        "http://localhost/portal");
        assertThat(outbox.get(refused.id()).status()).isEqualTo(Status.PENDING);
        assertThat(TestMail.receivedBy(recipient)).isEmpty();

        // Later the server is back: the retry, which only has the outbox, sends the mail with its file.
        Instant later = start.plus(retries.after(1)).plusSeconds(1);
        assertThat(mailer(greenMail(), Clock.fixed(later, ZoneOffset.UTC)).retryDue(1000))
                .isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = TestMail.awaitFor(recipient, 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("FA-2026-000043");
        List<Part> files = attachments(received.get(0));
        assertThat(files).extracting(MailAttachmentIT::filename).containsExactly("Invoice FA-2026-000043.pdf");
        assertThat(bytes(files.get(0))).isEqualTo(PDF);
        assertThat(outbox.get(refused.id()).status()).isEqualTo(Status.SENT);
    }

    @Test
    void aRolledBackChangeKeepsNeitherTheMailNorItsFiles() {
        String recipient = unique("client") + "@example.fr";
        long[] id = new long[1];
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    id[0] = mailer.send(
                                    recipient,
                                    Locale.FRENCH,
                                    "FA-2026-000044",
                                    "mail.receipt.subject",
                                    "mail.receipt.body",
                                    List.of(new MailAttachment("f.pdf", "application/pdf", PDF)),
                                    "FA-2026-000044",
                                    "Sujet",
                                    "http://localhost")
                            .id();
                    throw new IllegalStateException("the change fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outbox.attachmentsOf(id[0])).isEmpty();
        assertThat(mailer.ofReference("FA-2026-000044"))
                .noneMatch(m -> m.recipient().equals(recipient));
        assertThat(TestMail.receivedBy(recipient)).isEmpty();
    }

    @Test
    void theOutboxListsTheFilesOfAMail() throws Exception {
        String recipient = unique("client") + "@example.fr";
        mailer.send(
                recipient,
                Locale.FRENCH,
                "FA-2026-000045",
                "mail.receipt.subject",
                "mail.receipt.body",
                List.of(new MailAttachment("Facture-FA-2026-000045.pdf", "application/pdf", new byte[3000])),
                "FA-2026-000045",
                "Sujet",
                "http://localhost");

        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        String page = HtmlUtils.htmlUnescape(admin.get("/back/admin/outbox").body());
        assertThat(page).contains(recipient).contains("Facture-FA-2026-000045.pdf (3 Ko)");
    }

    @Test
    void anAttachmentNeedsANameAMediaTypeAndAReasonableSize() {
        assertThatThrownBy(() -> new MailAttachment("  ", "application/pdf", PDF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "pdf", PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "application/pdf", new byte[MailAttachment.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailAttachment("C:\\docs\\a\r\n.pdf", "application/pdf", PDF).filename())
                .isEqualTo("a.pdf");
    }

    private static List<Part> attachments(Part part) throws Exception {
        List<Part> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                found.addAll(attachments(parts.getBodyPart(i)));
            }
        }
        return found;
    }

    /** The file's name as a mail program shows it (decoded, whichever way the sender encoded it). */
    private static String filename(Part part) {
        try {
            return MimeUtility.decodeText(part.getFileName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Part part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toByteArray();
    }

    private Mailer mailer(JavaMailSender sender, Clock clock) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("smtp", sender);
        return new Mailer(
                outbox,
                messages,
                beans.getBeanProvider(JavaMailSender.class),
                clock,
                retries,
                settings,
                company,
                companySettings,
                legalLine);
    }

    private static JavaMailSender greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMail.server().getSmtp().getPort());
        return sender;
    }

    /** An SMTP server address where nothing listens: a port taken then released. */
    private static JavaMailSender deadSmtp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}
