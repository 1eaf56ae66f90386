package fr.guichet.requests.internal;

import fr.guichet.requests.Attachment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachment rows; the content is read only when a file is downloaded. */
@Component
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(
            long requestId,
            String filename,
            String contentType,
            byte[] content,
            String uploadedBy,
            boolean fromCustomer,
            boolean internal,
            Instant at) {
        jdbc.sql(
                        "INSERT INTO requests_attachment (request_id, filename, content_type, size_bytes, content, uploaded_by,"
                                + " from_customer, internal, created_at)"
                                + " VALUES (:request, :filename, :type, :size, :content, :by, :customer, :internal, :at)")
                .param("request", requestId)
                .param("filename", filename)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("by", uploadedBy)
                .param("customer", fromCustomer)
                .param("internal", internal)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The files of a request; {@code withInternal}: also those attached by staff for staff. */
    public List<Attachment> of(long requestId, boolean withInternal) {
        return jdbc.sql(
                        "SELECT id, request_id, filename, content_type, size_bytes, uploaded_by, created_at, internal"
                                + " FROM requests_attachment WHERE request_id = :request AND (:all OR internal = FALSE) ORDER BY id")
                .param("request", requestId)
                .param("all", withInternal)
                .query((rs, n) -> new Attachment(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("internal")))
                .list();
    }

    public Optional<byte[]> content(long requestId, long attachmentId) {
        return jdbc.sql("SELECT content FROM requests_attachment WHERE id = :id AND request_id = :request")
                .param("id", attachmentId)
                .param("request", requestId)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }
}
