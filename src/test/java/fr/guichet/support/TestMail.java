package fr.guichet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail), started once and shared by every integration test: the application
 * under test sends its mail there.
 */
public final class TestMail {

    /** The mailbox Guichet reads customers' replies from (IMAP). */
    public static final String INBOX_ADDRESS = "demandes@guichet.test";

    public static final String INBOX_USER = "demandes";
    public static final String INBOX_PASSWORD = "boite-de-reception";

    private static GreenMail server;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
            server.start();
            server.setUser(INBOX_ADDRESS, INBOX_USER, INBOX_PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The messages received for a recipient, waiting until there are at least {@code count} (at most ten seconds). */
    public static List<MimeMessage> awaitFor(String recipient, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<MimeMessage> received = receivedBy(recipient);
            if (received.size() >= count || Instant.now().isAfter(deadline)) {
                return received;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return received;
            }
        }
    }

    public static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /**
     * The text of a mail as its reader's mail program shows it without HTML: the text/plain part (mails carry an HTML
     * alternative too).
     */
    public static String text(Part mail) {
        try {
            if (mail.isMimeType("text/plain")) {
                return (String) mail.getContent();
            }
            if (mail.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    String text = text(parts.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
