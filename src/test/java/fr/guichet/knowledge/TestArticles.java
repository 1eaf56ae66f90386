package fr.guichet.knowledge;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * Articles written straight into the knowledge base's tables (schema V46), so that the search and deflection are
 * tested without the article editor. Slugs are made unique by the caller.
 */
final class TestArticles {

    private final JdbcClient jdbc;

    TestArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new article in the given status and audience; add its translations with {@link #translate}. */
    long article(String status, String audience) {
        Instant now = Instant.now();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO knowledge_article (status, audience, created_by, created_at, updated_by, updated_at,
                                                       published_at, version)
                        VALUES (:status, :audience, 'test', :now, 'test', :now, :now, 0)
                        """)
                .param("status", status)
                .param("audience", audience)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A translation: title, summary and body (plain text, also used as Markdown and, escaped, as HTML). */
    TestArticles translate(long article, String language, String slug, String title, String summary, String body) {
        jdbc.sql("""
                        INSERT INTO knowledge_translation (article_id, language, slug, title, summary, body_markdown,
                                                           body_html, body_text)
                        VALUES (:article, :language, :slug, :title, :summary, :body, :html, :body)
                        """)
                .param("article", article)
                .param("language", language)
                .param("slug", slug)
                .param("title", title)
                .param("summary", summary)
                .param("body", body)
                .param("html", "<p>" + HtmlUtils.htmlEscape(body) + "</p>")
                .update();
        return this;
    }

    /** A published public article with only a French version. */
    long publicFrench(String slug, String title, String summary, String body) {
        long id = article("PUBLISHED", "PUBLIC");
        translate(id, "fr", slug, title, summary, body);
        return id;
    }
}
