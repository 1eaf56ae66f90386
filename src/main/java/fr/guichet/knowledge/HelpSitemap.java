package fr.guichet.knowledge;

import fr.guichet.shared.SitemapSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The help centre for {@code sitemap.xml}: each published public article in each language it is written in, with its
 * other language as alternate, and each section that holds one. Never a draft, an archived or an internal article.
 */
@Component
class HelpSitemap implements SitemapSource {

    private final KnowledgeViews views;

    HelpSitemap(KnowledgeViews views) {
        this.views = views;
    }

    @Override
    public List<Entry> entries() {
        Map<Long, Instant> updates = views.visibleUpdates();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Long, Map<String, String>> article : views.visibleAddresses()) {
            Map<String, String> paths = new LinkedHashMap<>();
            article.getValue().forEach((language, slug) -> paths.put(language, "/help/articles/" + slug));
            Instant changed = updates.getOrDefault(article.getKey(), Instant.EPOCH);
            for (String path : paths.values()) {
                entries.add(new Entry(path, changed, paths.size() > 1 ? paths : Map.of()));
            }
        }
        // the sections holding articles readers see; their address carries no language (?lang= switches it)
        for (HelpCategory section : views.helpCentre(java.util.Locale.FRENCH, Integer.MAX_VALUE)) {
            String path = "/help/categories/" + section.slug();
            Instant changed = section.articles().stream()
                    .map(link -> updates.getOrDefault(link.id(), Instant.EPOCH))
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            entries.add(new Entry(path, changed, Map.of("fr", path + "?lang=fr", "en", path + "?lang=en")));
        }
        return entries;
    }
}
