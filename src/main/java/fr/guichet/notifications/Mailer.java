package fr.guichet.notifications;

import fr.guichet.company.CompanyLegalLine;
import fr.guichet.company.CompanyLogo;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.company.CompanySettings;
import fr.guichet.notifications.OutgoingMail.Status;
import fr.guichet.notifications.internal.Outbox;
import fr.guichet.shared.AfterCommit;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Writes an email from message keys in the recipient's language into the outbox, in the transaction of the change it
 * tells about (a transactional outbox), and sends it when an SMTP server is configured once that transaction commits;
 * a failed send is tried again later ({@link MailRetries}). Each email carries its own Message-ID, so that a reply can
 * be matched to its request by its In-Reply-To header. The sender, the signature and the Message-ID's domain come from
 * the company's identity ({@link CompanyManagement}).
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Outbox outbox;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final MailRetries retries;
    private final NotificationSettings settings;
    private final CompanyManagement company;
    private final CompanySettings companySettings;
    private final CompanyLegalLine legalLine;

    Mailer(
            Outbox outbox,
            MessageSource messages,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            MailRetries retries,
            NotificationSettings settings,
            CompanyManagement company,
            CompanySettings companySettings,
            CompanyLegalLine legalLine) {
        this.outbox = outbox;
        this.messages = messages;
        this.smtp = smtp;
        this.clock = clock;
        this.retries = retries;
        this.settings = settings;
        this.company = company;
        this.companySettings = companySettings;
        this.legalLine = legalLine;
    }

    /**
     * Writes one email into the outbox, in the caller's transaction, and sends it once that transaction commits (or
     * keeps it when no SMTP server is configured); {@code args} fill the subject's and the body's placeholders.
     */
    public OutgoingMail send(
            String recipient, Locale language, String reference, String subjectKey, String bodyKey, Object... args) {
        return send(recipient, language, reference, subjectKey, bodyKey, List.of(), args);
    }

    /**
     * Writes one email with files joined to it (an invoice's PDF) into the outbox, in the caller's transaction: the
     * files are kept with the mail, so that a send tried again later ({@link MailRetries}) carries them too, and an
     * administrator reading a kept mail can open them; the rest as {@link #send(String, Locale, String, String,
     * String, Object...)}.
     */
    public OutgoingMail send(
            String recipient,
            Locale language,
            String reference,
            String subjectKey,
            String bodyKey,
            List<MailAttachment> attachments,
            Object... args) {
        List<MailAttachment> files = List.copyOf(attachments);
        String subject = messages.getMessage(subjectKey, args, language);
        CompanyProfile profile = company.current();
        String body = messages.getMessage(bodyKey, args, language) + "\n\n-- \n" + profile.signature();
        String messageId = "<" + (reference == null ? "guichet" : reference) + "." + UUID.randomUUID() + "@"
                + messageIdDomain(profile) + ">";
        Instant now = clock.instant();
        JavaMailSender sender = smtp.getIfAvailable();
        Status status = sender == null ? Status.KEPT : Status.PENDING;
        // Should the application stop before the send below, the retry job finds the mail once this delay is past.
        Instant nextAttempt = sender == null ? null : now.plus(retries.first());
        long id = outbox.add(
                recipient, subject, body, language.getLanguage(), reference, messageId, status, now, nextAttempt);
        outbox.attach(id, files);
        OutgoingMail mail = new OutgoingMail(
                id,
                recipient,
                subject,
                body,
                language.getLanguage(),
                reference,
                messageId,
                status,
                0,
                null,
                now,
                null,
                nextAttempt);
        if (sender != null) {
            // Sent once the outbox row is committed: a rolled-back change sends nothing, a sent mail is on record.
            AfterCommit.run(() -> deliver(sender, mail, files));
        }
        return mail;
    }

    /** Hands pending mails whose next attempt is due to the SMTP server; run by {@link MailRetryJob}. */
    int retryDue(int limit) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<OutgoingMail> due = outbox.due(clock.instant(), limit);
        due.forEach(mail -> deliver(sender, mail, outbox.attachmentsOf(mail.id())));
        return due.size();
    }

    private void deliver(JavaMailSender sender, OutgoingMail mail, List<MailAttachment> attachments) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            setFrom(helper);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            // an SVG logo comes drawn as a PNG: mail clients do not show SVG
            Optional<CompanyLogo> logo = company.bitmapLogo();
            boolean inlineLogo = logo.isPresent();
            helper.setText(mail.body(), html(mail, logo.orElse(null), inlineLogo));
            if (inlineLogo) {
                helper.addInline(
                        LOGO_CID,
                        new ByteArrayResource(logo.get().content()),
                        logo.get().mediaType());
            }
            for (MailAttachment file : attachments) {
                helper.getRootMimeMultipart().addBodyPart(part(file));
            }
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.setHeader("Message-ID", mail.messageId()); // kept by JavaMailSenderImpl when it saves the message
            sender.send(mime);
            outbox.attempted(mail.id(), Status.SENT, null, clock.instant(), null);
        } catch (Exception e) {
            Instant now = clock.instant();
            int attempt = mail.attempts() + 1;
            Duration wait = retries.after(attempt);
            if (wait == null) {
                log.warn(
                        "Email {} to {} given up after {} attempts: {}",
                        mail.messageId(),
                        mail.recipient(),
                        attempt,
                        e.getMessage());
                outbox.attempted(mail.id(), Status.FAILED, e.getMessage(), now, null);
            } else {
                log.warn(
                        "Email {} to {} not sent (attempt {}), next try in {}: {}",
                        mail.messageId(),
                        mail.recipient(),
                        attempt,
                        wait,
                        e.getMessage());
                outbox.attempted(mail.id(), Status.PENDING, e.getMessage(), now, now.plus(wait));
            }
        }
    }

    /**
     * A joined file as a MIME part, always in Base64: the recipient gets its exact bytes (a text-like file in 7 bits
     * would have its line ends rewritten on the way), its name encoded when it is not ASCII.
     */
    private static MimeBodyPart part(MailAttachment file) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(MimeUtility.encodeText(file.filename(), "UTF-8", null));
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /**
     * The HTML alternative of an email: the company's logo (inline, an SVG one drawn as a PNG since mail clients show
     * no SVG; by its address only if a caller has no bitmap to embed), the text as paragraphs with its links made clickable, and the company's
     * signature and legal mentions. The plain text stays the first part, for clients that show only text.
     */
    String html(OutgoingMail mail, CompanyLogo logo, boolean inlineLogo) {
        CompanyProfile profile = company.current();
        Locale language = Locale.forLanguageTag(mail.language());
        String body = mail.body();
        int signature = body.lastIndexOf("\n\n-- \n");
        String text = signature < 0 ? body : body.substring(0, signature);
        StringBuilder html = new StringBuilder(512 + text.length() * 2);
        html.append("<!DOCTYPE html><html lang=\"")
                .append(escape(language.getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(mail.subject()))
                .append("</title></head><body style=\"margin:0;padding:0;background:#f6f7f9;\">")
                .append(
                        "<div style=\"max-width:640px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;"
                                + "font-size:15px;line-height:1.5;color:#1d2430;background:#ffffff;\">");
        html.append("<p style=\"margin:0 0 16px;font-size:18px;font-weight:bold;\">");
        if (logo != null) {
            String source =
                    inlineLogo ? "cid:" + LOGO_CID : companySettings.baseUrl() + "/company/logo?v=" + logo.version();
            html.append("<img src=\"")
                    .append(escape(source))
                    .append("\" alt=\"\" height=\"40\" style=\"height:40px;vertical-align:middle;margin-right:8px;\">");
        }
        html.append(escape(profile.tradeName())).append("</p>");
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            html.append("<p style=\"margin:0 0 12px;\">")
                    .append(linked(escape(paragraph.strip())).replace("\n", "<br>"))
                    .append("</p>");
        }
        html.append("<hr style=\"border:none;border-top:1px solid #d9dee6;margin:20px 0 12px;\">")
                .append("<p style=\"margin:0 0 4px;font-size:13px;\">")
                .append(escape(profile.signature()))
                .append("</p><p style=\"margin:0;font-size:12px;color:#5b6472;\">")
                .append(escape(legalLine.of(profile, language)))
                .append("</p></div></body></html>");
        return html.toString();
    }

    private static final String LOGO_CID = "company-logo";

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The http(s) addresses of an escaped text as links (their text escaped already). */
    private static String linked(String escaped) {
        return escaped.replaceAll("(https?://[^\\s<]+[^\\s<.,;:!?)])", "<a href=\"$1\">$1</a>");
    }

    /** The sender set in {@code guichet.mail.from}, else the company's trade name and mail address. */
    private void setFrom(MimeMessageHelper helper) throws Exception {
        if (!settings.from().isBlank()) {
            helper.setFrom(settings.from());
            return;
        }
        CompanyProfile profile = company.current();
        helper.setFrom(new InternetAddress(senderAddress(profile), profile.tradeName(), "UTF-8"));
    }

    /** The company's mail address, else a name at the host Guichet is reached at. */
    private String senderAddress(CompanyProfile profile) {
        String address = profile.senderAddress();
        return address.isEmpty() ? "guichet@" + companySettings.host() : address;
    }

    /** The domain of the sender's address: replies come back to it, and the ids stay unique to this company. */
    private String messageIdDomain(CompanyProfile profile) {
        String address = settings.from().isBlank() ? senderAddress(profile) : settings.from();
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? companySettings.host() : domain;
    }

    public List<OutgoingMail> latest(int limit) {
        return outbox.latest(limit);
    }

    public List<OutgoingMail> ofReference(String reference) {
        return outbox.ofReference(reference);
    }

    /** The files joined to a mail of the outbox, with their content, in their order. */
    public List<MailAttachment> attachmentsOf(long mailId) {
        return outbox.attachmentsOf(mailId);
    }
}
