package fr.guichet.company;

import fr.guichet.shared.TextInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's terms of sale: each change stored as a new version named by its SHA-256, never overwritten, so that
 * the exact text a customer accepted with a quote can always be read again by its hash.
 */
@Service
@Transactional
public class TermsOfSaleManagement {

    private final JdbcClient jdbc;
    private final Clock clock;

    TermsOfSaleManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The version in force: the latest stored, if any. */
    @Transactional(readOnly = true)
    public Optional<TermsOfSale> current() {
        return jdbc.sql("SELECT * FROM company_terms_of_sale ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The version with this hash (the one a customer accepted). */
    @Transactional(readOnly = true)
    public Optional<TermsOfSale> byHash(String sha256) {
        return jdbc.sql("SELECT * FROM company_terms_of_sale WHERE sha256 = :sha ORDER BY id DESC LIMIT 1")
                .param("sha", sha256)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<TermsOfSale> versions() {
        return jdbc.sql("SELECT * FROM company_terms_of_sale ORDER BY id DESC")
                .query((rs, n) -> read(rs))
                .list();
    }

    /**
     * Stores a new version, unless the text is the one in force; {@code expectedId} is the version read (0 for none),
     * so that two changes never overwrite each other silently.
     */
    public TermsOfSale change(String text, long expectedId, String by) {
        String content = text == null ? "" : TextInput.normalise(text, true).strip();
        if (content.isEmpty()) {
            throw new CompanyRuleViolation("content", "company.terms.error.empty");
        }
        if (content.length() > TermsOfSale.CONTENT_MAX) {
            throw new CompanyRuleViolation("content", "company.terms.error.too-long");
        }
        Optional<TermsOfSale> current = current();
        long currentId = current.map(TermsOfSale::id).orElse(0L);
        if (currentId != expectedId) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Terms of sale changed since version " + expectedId);
        }
        String sha = sha256(content);
        if (current.isPresent() && current.get().sha256().equals(sha)) {
            return current.get();
        }
        jdbc.sql("INSERT INTO company_terms_of_sale (content, sha256, changed_by, changed_at)"
                        + " VALUES (:content, :sha, :by, :at)")
                .param("content", content)
                .param("sha", sha)
                .param("by", by)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return current().orElseThrow();
    }

    /** The SHA-256 of a text's UTF-8 bytes, in lower-case hexadecimal. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TermsOfSale read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TermsOfSale(
                rs.getLong("id"),
                rs.getString("content"),
                rs.getString("sha256"),
                rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
