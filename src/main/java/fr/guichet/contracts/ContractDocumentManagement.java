package fr.guichet.contracts;

import fr.guichet.shared.TextInput;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The documents attached to contracts (the signed copy, annexes): 10 MB at most, office and image formats only, kept
 * in the database and always served as downloads.
 */
@Service
public class ContractDocumentManagement {

    /** A document without its content. */
    public record Document(
            long id,
            long contractId,
            String filename,
            String contentType,
            long size,
            String uploadedBy,
            Instant createdAt) {}

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "odt", "application/vnd.oasis.opendocument.text",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final JdbcClient jdbc;
    private final Clock clock;

    ContractDocumentManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void attach(long contractId, String filename, byte[] content, String by) {
        String name = filename == null
                ? ""
                : TextInput.normalise(filename, false)
                        .replaceAll("[\\\\/\\r\\n\"]", "_")
                        .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                        .strip();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (name.length() > 255) { // contracts_document.filename
            throw new ContractRuleViolation("file", "contracts.document.error.filename");
        }
        if (content.length == 0) {
            throw new ContractRuleViolation("file", "contracts.document.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ContractRuleViolation("file", "contracts.document.error.too-large");
        }
        if (!TYPES.containsKey(extension)) {
            throw new ContractRuleViolation("file", "contracts.document.error.type");
        }
        jdbc.sql(
                        "INSERT INTO contracts_document (contract_id, filename, content_type, size_bytes, content, uploaded_by,"
                                + " created_at) VALUES (:contract, :name, :type, :size, :content, :by, :at)")
                .param("contract", contractId)
                .param("name", name)
                .param("type", TYPES.get(extension))
                .param("size", content.length)
                .param("content", content)
                .param("by", by)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Document> of(long contractId) {
        return jdbc.sql("SELECT id, contract_id, filename, content_type, size_bytes, uploaded_by, created_at"
                        + " FROM contracts_document WHERE contract_id = :contract ORDER BY id")
                .param("contract", contractId)
                .query((rs, n) -> new Document(
                        rs.getLong("id"),
                        rs.getLong("contract_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<byte[]> content(long contractId, long documentId) {
        return jdbc.sql("SELECT content FROM contracts_document WHERE id = :id AND contract_id = :contract")
                .param("id", documentId)
                .param("contract", contractId)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }
}
