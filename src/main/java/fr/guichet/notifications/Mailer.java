package fr.guichet.notifications;

import fr.guichet.notifications.OutgoingMail.Status;
import fr.guichet.notifications.internal.Outbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an email from message keys in the recipient's language, records it in the outbox, and sends it when an SMTP
 * server is configured, after the surrounding transaction commits. Each email carries its own Message-ID, so that a reply can be matched to its request by its
 * In-Reply-To header.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Outbox outbox;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final String from;
    private final String domain;

    Mailer(
            Outbox outbox,
            MessageSource messages,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            @Value("${guichet.mail.from:Helios Infogérance <accueil@helios-infogerance.fr>}") String from,
            @Value("${guichet.mail.message-id-domain:guichet.helios-infogerance.fr}") String domain) {
        this.outbox = outbox;
        this.messages = messages;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
        this.domain = domain;
    }

    /** Writes and sends (or keeps) one email; {@code args} fill the subject's and the body's placeholders. */
    public OutgoingMail send(
            String recipient, Locale language, String reference, String subjectKey, String bodyKey, Object... args) {
        String subject = messages.getMessage(subjectKey, args, language);
        String body = messages.getMessage(bodyKey, args, language) + "\n\n-- \n"
                + messages.getMessage("mail.signature", null, language);
        String messageId =
                "<" + (reference == null ? "guichet" : reference) + "." + UUID.randomUUID() + "@" + domain + ">";
        Instant now = clock.instant();
        long id = outbox.add(recipient, subject, body, language.getLanguage(), reference, messageId, now);
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            outbox.mark(id, Status.KEPT, null, now);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Sent once the outbox row is committed: a rolled-back change sends nothing, and a sent mail is on record.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(sender, id, recipient, subject, body, messageId);
                }
            });
        } else {
            deliver(sender, id, recipient, subject, body, messageId);
        }
        return outbox.get(id);
    }

    private void deliver(
            JavaMailSender sender, long id, String recipient, String subject, String body, String messageId) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(body);
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.setHeader("Message-ID", messageId); // kept by JavaMailSenderImpl when it saves the message
            sender.send(mime);
            outbox.mark(id, Status.SENT, null, clock.instant());
        } catch (Exception e) {
            log.warn("Email {} to {} not sent: {}", messageId, recipient, e.getMessage());
            outbox.mark(id, Status.PENDING, e.getMessage(), clock.instant());
        }
    }

    public List<OutgoingMail> latest(int limit) {
        return outbox.latest(limit);
    }

    public List<OutgoingMail> ofReference(String reference) {
        return outbox.ofReference(reference);
    }
}
