package fr.guichet.website;

import java.util.List;
import org.springframework.stereotype.Component;

/** The news items that show a media file. */
@Component
class NewsMediaUses implements MediaUsageSource {

    private final NewsManagement news;

    NewsMediaUses(NewsManagement news) {
        this.news = news;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return news.showing(mediaId).stream()
                .map(item -> new MediaUse("media.use.news", item.getTitle(), "/back/website/news/" + item.getId()))
                .toList();
    }
}
