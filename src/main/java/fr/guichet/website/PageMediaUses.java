package fr.guichet.website;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site pages that show a media file: in their draft or in a kept version (a version can be restored, so its images
 * must stay).
 */
@Component
class PageMediaUses implements MediaUsageSource {

    private final JdbcClient jdbc;

    PageMediaUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        String address = "%/media/" + mediaId + "/%";
        return jdbc.sql("""
                        SELECT p.id, MIN(t.title) AS title FROM website_page p
                        JOIN website_page_text t ON t.page_id = p.id
                        WHERE p.id IN (SELECT page_id FROM website_page_text WHERE body_markdown LIKE :address)
                           OR p.id IN (SELECT v.page_id FROM website_page_version v
                                       JOIN website_page_version_text vt ON vt.version_id = v.id
                                       WHERE vt.body_markdown LIKE :address)
                        GROUP BY p.id ORDER BY p.id""")
                .param("address", address)
                .query((rs, n) -> new MediaUse(
                        "media.use.page", rs.getString("title"), "/back/website/pages/" + rs.getLong("id")))
                .list();
    }
}
