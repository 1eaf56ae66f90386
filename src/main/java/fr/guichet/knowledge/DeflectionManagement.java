package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import fr.guichet.shared.RequestFormTokens;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deflection: the help centre's articles suggested beside the forms where people write to the company, and what they
 * avoided. Each form carries a random token ({@link #issue()}); an article opened from its suggestions is recorded
 * (token, article); a request sent with that token marks the form "submitted anyway" ({@link #submitted}); a form
 * with an opened article and no request {@code settleAfter} later counts as one request avoided — decided when the
 * figures are read, so that no job is needed and two instances agree.
 */
@Service("deflection")
public class DeflectionManagement implements RequestFormTokens {

    /**
     * A token as {@link #issue()} writes them: 30 characters of URL-safe Base64 of 9 random bytes, the issuing second
     * (4 bytes) and 9 bytes of their HMAC with the installation's secret.
     */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{30}");

    /** How long a form's token is counted after its page was served. */
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration settleAfter;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] secret;

    DeflectionManagement(JdbcClient jdbc, Clock clock, DeflectionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settleAfter = settings.settleAfter();
    }

    /**
     * A new form's token, signed so that only tokens Guichet issued (within a day) are ever counted. Nothing is stored
     * until an article is opened from its suggestions.
     */
    public String issue() {
        ByteBuffer token = ByteBuffer.allocate(22);
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        token.put(nonce).putInt((int) clock.instant().getEpochSecond());
        token.put(mac(Arrays.copyOf(token.array(), 13)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** Whether this token was issued here (its signature holds) within the last day. */
    boolean issuedHere(String token) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        if (bytes.length != 22) {
            return false;
        }
        byte[] signed = Arrays.copyOf(bytes, 13);
        if (!MessageDigest.isEqual(mac(signed), Arrays.copyOfRange(bytes, 13, 22))) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(
                Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 9, 4).getInt()));
        Instant now = clock.instant();
        return !issued.isAfter(now.plusSeconds(300)) && issued.isAfter(now.minus(TOKEN_LIFETIME));
    }

    private byte[] mac(byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(signed), 9);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The installation's secret (Flyway V48), read once. */
    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = Base64.getDecoder()
                    .decode(jdbc.sql("SELECT secret FROM knowledge_deflection_secret WHERE id = 1")
                            .query(String.class)
                            .single());
            secret = known;
        }
        return known;
    }

    /** Whether a value looks like a token this class issued (anything else is ignored, never stored). */
    public static boolean wellFormed(@Nullable String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * An article was opened from the suggestions of the form with this token: recorded once per form and article.
     * Returns the article's public path in the reader's language (the other language when it has only that one),
     * if it is a published public article; empty otherwise (nothing recorded).
     */
    @Transactional
    public Optional<String> opened(@Nullable String token, DeflectionChannel channel, long articleId, Language reader) {
        Optional<String> slug =
                jdbc
                        .sql("""
                        SELECT t.slug FROM knowledge_article a JOIN knowledge_translation t ON t.article_id = a.id
                        WHERE a.id = :id AND a.status = 'PUBLISHED' AND a.audience = 'PUBLIC'
                        ORDER BY CASE WHEN t.language = :language THEN 0 ELSE 1 END
                        """)
                        .param("id", articleId)
                        .param("language", reader.code())
                        .query(String.class)
                        .list()
                        .stream()
                        .findFirst();
        if (slug.isEmpty() || !wellFormed(token) || !issuedHere(token)) {
            return slug.map(DeflectionManagement::path);
        }
        Instant now = clock.instant();
        int known = jdbc.sql("SELECT COUNT(*) FROM knowledge_deflection_form WHERE token = :token")
                .param("token", token)
                .query(Integer.class)
                .single();
        if (known == 0) {
            jdbc.sql("""
                            INSERT INTO knowledge_deflection_form (token, channel, first_opened_at)
                            SELECT :token, :channel, :at FROM (VALUES (1)) AS one (x)
                            WHERE NOT EXISTS (SELECT 1 FROM knowledge_deflection_form WHERE token = :token)
                            """)
                    .param("token", token)
                    .param("channel", channel.name())
                    .param("at", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO knowledge_deflection_open (token, article_id, opened_at)
                        SELECT :token, :article, :at FROM (VALUES (1)) AS one (x)
                        WHERE NOT EXISTS (SELECT 1 FROM knowledge_deflection_open WHERE token = :token AND article_id = :article)
                        """)
                .param("token", token)
                .param("article", articleId)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        return slug.map(DeflectionManagement::path);
    }

    @Override
    @Transactional
    public void submitted(@Nullable String token, String requestReference) {
        if (!wellFormed(token) || !issuedHere(token)) {
            return;
        }
        jdbc.sql("""
                        UPDATE knowledge_deflection_form SET submitted_at = :at, request_reference = :reference
                        WHERE token = :token AND submitted_at IS NULL
                        """)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("reference", requestReference)
                .param("token", token)
                .update();
    }

    /** How long after its first opened article a form left without a request counts as a request avoided. */
    public Duration settleAfter() {
        return settleAfter;
    }

    /** The figures of the forms whose first article was opened in the last {@code days} days. */
    @Transactional(readOnly = true)
    public DeflectionFigures figures(int days, Language reader, int topArticles) {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(days));
        var sinceAt = since.atOffset(ZoneOffset.UTC);
        var settledBefore = now.minus(settleAfter).atOffset(ZoneOffset.UTC);
        int[] totals = jdbc.sql("""
                        SELECT COUNT(*),
                               SUM(CASE WHEN submitted_at IS NULL AND first_opened_at <= :settled THEN 1 ELSE 0 END),
                               SUM(CASE WHEN submitted_at IS NOT NULL THEN 1 ELSE 0 END)
                        FROM knowledge_deflection_form WHERE first_opened_at >= :since
                        """)
                .param("settled", settledBefore)
                .param("since", sinceAt)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                .single();
        List<DeflectionFigures.ArticleFigures> articles = jdbc.sql("""
                        SELECT o.article_id,
                               COALESCE(MAX(CASE WHEN t.language = :language THEN t.title END), MAX(t.title)) AS title,
                               COUNT(DISTINCT o.token) AS views,
                               COUNT(DISTINCT CASE WHEN f.submitted_at IS NULL AND f.first_opened_at <= :settled
                                                   THEN o.token END) AS avoided,
                               COUNT(DISTINCT CASE WHEN f.submitted_at IS NOT NULL THEN o.token END) AS submitted
                        FROM knowledge_deflection_open o
                        JOIN knowledge_deflection_form f ON f.token = o.token
                        LEFT JOIN knowledge_translation t ON t.article_id = o.article_id
                        WHERE f.first_opened_at >= :since
                        GROUP BY o.article_id
                        ORDER BY avoided DESC, views DESC, o.article_id
                        LIMIT :limit
                        """)
                .param("language", reader.code())
                .param("settled", settledBefore)
                .param("since", sinceAt)
                .param("limit", topArticles)
                .query((rs, row) -> new DeflectionFigures.ArticleFigures(
                        rs.getLong("article_id"),
                        rs.getString("title"),
                        rs.getInt("views"),
                        rs.getInt("avoided"),
                        rs.getInt("submitted")))
                .list();
        int helped = totals[0];
        int avoided = totals[1];
        int submitted = totals[2];
        return new DeflectionFigures(
                since, settleAfter, helped, avoided, submitted, helped - avoided - submitted, articles);
    }

    private static String path(String slug) {
        return "/help/articles/" + slug;
    }
}
