package fr.guichet.quotes;

import fr.guichet.company.TermsOfSaleManagement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents kept of a quote, append-only: the exact PDF of each revision as it was sent (kind {@code SENT}, with
 * the quote's state at that moment as JSON), and the acceptance certificate ({@code CERTIFICATE}).
 */
@Component
public class QuoteFiles {

    /** A kept document without its content. */
    public record Kept(long id, long quoteId, int revision, String kind, String sha256, Instant createdAt) {}

    static final String SENT = "SENT";
    static final String CERTIFICATE = "CERTIFICATE";

    private final JdbcClient jdbc;

    QuoteFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String keep(long quoteId, int revision, String kind, byte[] content, String snapshot, Instant at) {
        String sha = TermsOfSaleManagement.sha256(content);
        jdbc.sql("INSERT INTO quotes_document (quote_id, revision, kind, sha256, content, snapshot, created_at)"
                        + " VALUES (:quote, :revision, :kind, :sha, :content, :snapshot, :at)")
                .param("quote", quoteId)
                .param("revision", revision)
                .param("kind", kind)
                .param("sha", sha)
                .param("content", content)
                .param("snapshot", snapshot)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        return sha;
    }

    /** The documents of a quote, newest revision first. */
    public List<Kept> of(long quoteId) {
        return jdbc.sql("SELECT id, quote_id, revision, kind, sha256, created_at FROM quotes_document"
                        + " WHERE quote_id = :quote ORDER BY revision DESC, id DESC")
                .param("quote", quoteId)
                .query((rs, n) -> new Kept(
                        rs.getLong("id"),
                        rs.getLong("quote_id"),
                        rs.getInt("revision"),
                        rs.getString("kind"),
                        rs.getString("sha256"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<byte[]> content(long quoteId, int revision, String kind) {
        return jdbc.sql("SELECT content FROM quotes_document WHERE quote_id = :quote AND revision = :revision"
                        + " AND kind = :kind")
                .param("quote", quoteId)
                .param("revision", revision)
                .param("kind", kind)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    Optional<String> sha256(long quoteId, int revision, String kind) {
        return jdbc.sql("SELECT sha256 FROM quotes_document WHERE quote_id = :quote AND revision = :revision"
                        + " AND kind = :kind")
                .param("quote", quoteId)
                .param("revision", revision)
                .param("kind", kind)
                .query(String.class)
                .optional();
    }

    /** The state of the quote as that revision was sent (JSON). */
    public Optional<String> snapshot(long quoteId, int revision) {
        return jdbc.sql("SELECT snapshot FROM quotes_document WHERE quote_id = :quote AND revision = :revision"
                        + " AND kind = 'SENT'")
                .param("quote", quoteId)
                .param("revision", revision)
                .query(String.class)
                .optional();
    }
}
