package fr.guichet.website;

import fr.guichet.shared.Language;
import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.SafeHtml;
import fr.guichet.shared.Versions;
import fr.guichet.website.internal.NewsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's news: written, changed, published (now or at a later instant), withdrawn and deleted by the webmaster;
 * read by visitors newest first. Every change a visitor can see tells the public pages' cache
 * ({@link PublicContentChanged}).
 */
@Service
@Transactional
public class NewsManagement {

    /** One page of a list, newest first, and the cursor of the next (older) page if there is one. */
    public record NewsPage(
            List<NewsItem> items, long total, @Nullable Long nextBefore) {}

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 400;
    static final int BODY_MAX = 60_000;
    private static final int HTML_MAX = 120_000;

    private final NewsRepository news;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsManagement(NewsRepository news, ApplicationEventPublisher events, Clock clock) {
        this.news = news;
        this.events = events;
        this.clock = clock;
    }

    public NewsItem create(NewsDraft draft, String by) {
        check(draft);
        String slug = slug(draft, null);
        return news.save(NewsItem.draft(draft, slug, by, clock.instant()));
    }

    /** Changes the text; {@code expectedVersion} is the one the author read. A published item shows the change. */
    public NewsItem change(long id, int expectedVersion, NewsDraft draft, String by) {
        NewsItem item = get(id);
        Versions.require("News item " + id, item.getVersion(), expectedVersion);
        check(draft);
        String oldSlug = item.getSlug();
        item.apply(draft, slug(draft, id), by, clock.instant());
        if (item.getStatus() == NewsStatus.PUBLISHED) {
            changed(item, oldSlug.equals(item.getSlug()) ? "changed" : "moved");
        }
        return news.save(item);
    }

    /** Publishes now ({@code at} null or past) or schedules it for {@code at}. */
    public NewsItem publish(long id, int expectedVersion, @Nullable Instant at, String by) {
        NewsItem item = get(id);
        Versions.require("News item " + id, item.getVersion(), expectedVersion);
        Instant now = clock.instant();
        item.publish(at == null ? now : at, by, now);
        changed(item, "published");
        return news.save(item);
    }

    public NewsItem unpublish(long id, int expectedVersion, String by) {
        NewsItem item = get(id);
        Versions.require("News item " + id, item.getVersion(), expectedVersion);
        item.unpublish(by, clock.instant());
        changed(item, "withdrawn");
        return news.save(item);
    }

    /** Deletes it for good, published or not (a published one leaves the site). */
    public NewsItem delete(long id, int expectedVersion) {
        NewsItem item = get(id);
        Versions.require("News item " + id, item.getVersion(), expectedVersion);
        if (item.getStatus() == NewsStatus.PUBLISHED) {
            changed(item, "deleted");
        }
        news.delete(item);
        return item;
    }

    /**
     * Tells the public pages' cache of the scheduled items whose instant has come (visitors see them from then on
     * anyway: visibility is checked when read). Run every minute by {@link NewsScheduleJob}.
     *
     * @return how many items were announced
     */
    public int announceDue() {
        List<NewsItem> due = news.dueUnannounced(nowUtc());
        for (NewsItem item : due) {
            changed(item, "scheduled publication");
            news.markAnnounced(item.getId());
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public NewsItem get(long id) {
        return news.findById(id).orElseThrow(() -> new UnknownNews(String.valueOf(id)));
    }

    /** Every item (drafts, scheduled, published), newest first, for the back office. */
    @Transactional(readOnly = true)
    public NewsPage all(@Nullable Long before, int size) {
        List<NewsItem> items;
        if (before == null) {
            items = news.first(size + 1);
        } else {
            NewsItem cursor = get(before);
            items = news.after(cursor.getDate(), cursor.getId(), size + 1);
        }
        return page(items, news.count(), size);
    }

    /** What visitors reading that language see, newest first. */
    @Transactional(readOnly = true)
    public NewsPage published(Language language, @Nullable Long before, int size) {
        OffsetDateTime now = nowUtc();
        List<NewsItem> items;
        if (before == null) {
            items = news.firstVisible(language.code(), now, size + 1);
        } else {
            NewsItem cursor = news.findById(before)
                    .filter(item -> item.isVisibleAt(clock.instant()) && item.getLanguage() == language)
                    .orElseThrow(() -> new UnknownNews(String.valueOf(before)));
            items = news.visibleAfter(language.code(), now, cursor.getDate(), cursor.getId(), size + 1);
        }
        return page(items, news.countVisible(language.code(), now), size);
    }

    /** A published item by its slug, whatever its language; never a draft nor a scheduled one. */
    @Transactional(readOnly = true)
    public NewsItem publishedBySlug(String slug) {
        return news.findBySlug(slug)
                .filter(item -> item.isVisibleAt(clock.instant()))
                .orElseThrow(() -> new UnknownNews(slug));
    }

    /** Every item visitors see, in both languages (the sitemap). */
    @Transactional(readOnly = true)
    public List<NewsItem> visible() {
        return news.allVisible(nowUtc());
    }

    /** The items whose text shows the media file: where it is used. */
    @Transactional(readOnly = true)
    public List<NewsItem> showing(long mediaId) {
        return news.withBodyLike("%/media/" + mediaId + "/%");
    }

    @Transactional(readOnly = true)
    public Instant now() {
        return clock.instant();
    }

    private OffsetDateTime nowUtc() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static NewsPage page(List<NewsItem> items, long total, int size) {
        if (items.size() > size) {
            List<NewsItem> shown = items.subList(0, size);
            return new NewsPage(List.copyOf(shown), total, shown.get(size - 1).getId());
        }
        return new NewsPage(List.copyOf(items), total, null);
    }

    private void changed(NewsItem item, String what) {
        events.publishEvent(new PublicContentChanged("news " + item.getId() + " " + what));
    }

    private static void check(NewsDraft draft) {
        if (draft.language() == null) {
            throw new NewsRuleViolation("language", "validation.required");
        }
        if (blank(draft.title())) {
            throw new NewsRuleViolation("title", "validation.required");
        }
        if (draft.title().strip().length() > TITLE_MAX) {
            throw new NewsRuleViolation("title", "news.error.too-long", TITLE_MAX);
        }
        if (draft.date() == null) {
            throw new NewsRuleViolation("date", "validation.required");
        }
        if (blank(draft.summary())) {
            throw new NewsRuleViolation("summary", "validation.required");
        }
        if (draft.summary().strip().length() > SUMMARY_MAX) {
            throw new NewsRuleViolation("summary", "news.error.too-long", SUMMARY_MAX);
        }
        String body = draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown();
        if (body.length() > BODY_MAX) {
            throw new NewsRuleViolation("bodyMarkdown", "news.error.too-long", BODY_MAX);
        }
        if (SafeHtml.fromMarkdown(body).length() > HTML_MAX) {
            throw new NewsRuleViolation("bodyMarkdown", "news.error.too-long", BODY_MAX);
        }
    }

    /** The typed slug, or one made from the title; valid and used by no other item. */
    private String slug(NewsDraft draft, @Nullable Long id) {
        String slug;
        if (blank(draft.slug())) {
            String base = NewsSlugs.fromTitle(draft.title());
            if (!NewsSlugs.isValid(base)) {
                throw new NewsRuleViolation("slug", "news.error.slug-required");
            }
            // a slug made for the author never collides: "-2", "-3"… after one in use
            slug = base;
            for (int n = 2; taken(slug, id); n++) {
                String suffix = "-" + n;
                slug = base.substring(0, Math.min(base.length(), NewsSlugs.MAX - suffix.length())) + suffix;
            }
            return slug;
        } else {
            slug = draft.slug().strip();
            if (!NewsSlugs.isValid(slug)) {
                throw new NewsRuleViolation("slug", "news.error.slug-format");
            }
        }
        if (taken(slug, id)) {
            throw new NewsRuleViolation("slug", "news.error.slug-taken", slug);
        }
        return slug;
    }

    private boolean taken(String slug, @Nullable Long id) {
        return news.findBySlug(slug).filter(other -> !other.getId().equals(id)).isPresent();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
