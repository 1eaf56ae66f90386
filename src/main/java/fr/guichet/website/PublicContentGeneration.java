package fr.guichet.website;

import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.ShortCache;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many times what visitors see has changed, counted in the database so that every instance agrees: what an
 * instance keeps of the public site (its pages' HTML, the published pages) is good while this number is the one it was
 * made at. A change counts in the transaction that makes it; this instance sees it as soon as it commits, the others
 * within {@code guichet.website.cache-check} (1 s).
 */
@Component
public class PublicContentGeneration {

    private final JdbcClient jdbc;
    private final ShortCache<Long> generation;

    PublicContentGeneration(JdbcClient jdbc, Clock clock, WebsiteSettings settings) {
        this.jdbc = jdbc;
        this.generation = new ShortCache<>(this::read, settings.cacheCheck(), clock);
    }

    /** The current generation (read again from the database at most every second). */
    public long current() {
        return generation.get();
    }

    @EventListener
    void on(PublicContentChanged change) {
        jdbc.sql("UPDATE website_cache_generation SET generation = generation + 1 WHERE id = 1")
                .update();
        generation.forgetAfterCommit();
    }

    private long read() {
        return jdbc.sql("SELECT generation FROM website_cache_generation WHERE id = 1")
                .query(Long.class)
                .single();
    }
}
