package fr.guichet.website;

import fr.guichet.shared.SitemapSource;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The published news items, for sitemap.xml: each in its one language, never a draft nor a scheduled item. */
@Component
class NewsSitemap implements SitemapSource {

    private final NewsManagement news;

    NewsSitemap(NewsManagement news) {
        this.news = news;
    }

    @Override
    public List<Entry> entries() {
        return news.visible().stream()
                .map(item -> new Entry("/news/" + item.getSlug(), item.getUpdatedAt(), Map.of()))
                .toList();
    }
}
