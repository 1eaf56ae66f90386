package fr.guichet.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A module's public pages, for {@code sitemap.xml}: the site's pages, its news, its knowledge articles. The module
 * that serves the sitemap collects every source; none of them knows the others.
 */
public interface SitemapSource {

    /** The published, public pages of the module (never a draft, never an internal article). */
    List<Entry> entries();

    /**
     * One page of the sitemap.
     *
     * @param path its path within the site ("/fr/a-propos"), without the base URL
     * @param lastModified when its content last changed
     * @param alternates the same page in each language, language code → path (the page itself included); empty when
     *     it exists in one language only
     */
    record Entry(String path, Instant lastModified, Map<String, String> alternates) {

        public Entry {
            alternates = Map.copyOf(alternates);
        }
    }
}
