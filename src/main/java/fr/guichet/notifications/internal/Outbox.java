package fr.guichet.notifications.internal;

import fr.guichet.notifications.MailAttachment;
import fr.guichet.notifications.OutgoingMail;
import fr.guichet.notifications.OutgoingMail.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The outbox table. */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            String recipient,
            String subject,
            String body,
            String language,
            String reference,
            String messageId,
            Status status,
            Instant at,
            Instant nextAttemptAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notifications_outbox (recipient, subject, body, language, reference, message_id, status,"
                        + " created_at, next_attempt_at) VALUES (:recipient, :subject, :body, :language, :reference,"
                        + " :messageId, :status, :at, :next)")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("language", language)
                .param("reference", reference)
                .param("messageId", messageId)
                .param("status", status.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("next", nextAttemptAt == null ? null : nextAttemptAt.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Keeps the files joined to a mail, in their order, with it (in the same transaction). */
    public void attach(long mailId, List<MailAttachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment file = attachments.get(i);
            jdbc.sql("INSERT INTO notifications_outbox_attachment (mail_id, seq, filename, content_type, size_bytes,"
                            + " content) VALUES (:mail, :seq, :filename, :type, :size, :content)")
                    .param("mail", mailId)
                    .param("seq", i + 1)
                    .param("filename", file.filename())
                    .param("type", file.contentType())
                    .param("size", file.size())
                    .param("content", file.content())
                    .update();
        }
    }

    /** The files joined to a mail, in their order, with their content: what a send (or a later retry) attaches. */
    public List<MailAttachment> attachmentsOf(long mailId) {
        return jdbc.sql("SELECT filename, content_type, content FROM notifications_outbox_attachment"
                        + " WHERE mail_id = :mail ORDER BY seq")
                .param("mail", mailId)
                .query((rs, row) -> new MailAttachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /** One file joined to a mail, by its number (1 for the first). */
    public Optional<MailAttachment> attachment(long mailId, int seq) {
        return jdbc.sql("SELECT filename, content_type, content FROM notifications_outbox_attachment"
                        + " WHERE mail_id = :mail AND seq = :seq")
                .param("mail", mailId)
                .param("seq", seq)
                .query((rs, row) -> new MailAttachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The names, types and sizes of the files joined to these mails (not their content), by mail. */
    public Map<Long, List<AttachedFile>> attachedFiles(Collection<Long> mailIds) {
        Map<Long, List<AttachedFile>> files = new LinkedHashMap<>();
        if (mailIds.isEmpty()) {
            return files;
        }
        jdbc.sql("SELECT mail_id, seq, filename, content_type, size_bytes FROM notifications_outbox_attachment"
                        + " WHERE mail_id IN (:mails) ORDER BY mail_id, seq")
                .param("mails", mailIds)
                .query((rs, row) -> new AttachedFile(
                        rs.getLong("mail_id"),
                        rs.getInt("seq"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes")))
                .list()
                .forEach(file -> files.computeIfAbsent(file.mailId(), id -> new ArrayList<>())
                        .add(file));
        return files;
    }

    /** What the outbox page lists of a joined file. */
    public record AttachedFile(long mailId, int seq, String filename, String contentType, int sizeBytes) {}

    /** Records one attempt to hand the mail to the SMTP server, and when to try again if it must be. */
    public void attempted(long id, Status status, String error, Instant at, Instant nextAttemptAt) {
        jdbc.sql("UPDATE notifications_outbox SET status = :status, attempts = attempts + 1, last_error = :error,"
                        + " sent_at = :sentAt, next_attempt_at = :next WHERE id = :id")
                .param("status", status.name())
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("sentAt", status == Status.SENT ? at.atOffset(ZoneOffset.UTC) : null)
                .param("next", nextAttemptAt == null ? null : nextAttemptAt.atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    /** Pending mails whose next attempt is due, oldest first. */
    public List<OutgoingMail> due(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM notifications_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
                        + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .query(Outbox::mail)
                .list();
    }

    public List<OutgoingMail> latest(int limit) {
        return jdbc.sql("SELECT * FROM notifications_outbox ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(Outbox::mail)
                .list();
    }

    public OutgoingMail get(long id) {
        return jdbc.sql("SELECT * FROM notifications_outbox WHERE id = :id")
                .param("id", id)
                .query(Outbox::mail)
                .single();
    }

    public List<OutgoingMail> ofReference(String reference) {
        return jdbc.sql("SELECT * FROM notifications_outbox WHERE reference = :reference ORDER BY id")
                .param("reference", reference)
                .query(Outbox::mail)
                .list();
    }

    private static OutgoingMail mail(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
        return new OutgoingMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("language"),
                rs.getString("reference"),
                rs.getString("message_id"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                sent == null ? null : sent.toInstant(),
                next == null ? null : next.toInstant());
    }
}
