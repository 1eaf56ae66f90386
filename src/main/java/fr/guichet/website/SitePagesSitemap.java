package fr.guichet.website;

import fr.guichet.shared.Language;
import fr.guichet.shared.SitemapSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The site's published pages with an address of their own ({@code /fr/a-propos}, the legal pages), for
 * {@code sitemap.xml}; the home and services pages are listed by the sitemap itself ({@code /}, {@code /en},
 * {@code /services}). Drafts are never listed.
 */
@Component
class SitePagesSitemap implements SitemapSource {

    private final SiteContent site;

    SitePagesSitemap(SiteContent site) {
        this.site = site;
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (PublishedPage page : site.pages()) {
            if (!page.kind().hasSlug()) {
                continue;
            }
            Map<String, String> alternates = new LinkedHashMap<>();
            if (page.texts().size() > 1) {
                for (Language language : Language.values()) {
                    page.path(language).ifPresent(path -> alternates.put(language.code(), path));
                }
            }
            for (Language language : Language.values()) {
                page.path(language).ifPresent(path -> entries.add(new Entry(path, page.publishedAt(), alternates)));
            }
        }
        return entries;
    }
}
