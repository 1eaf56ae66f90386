package fr.guichet.website;

import fr.guichet.shared.Language;
import fr.guichet.shared.SafeHtml;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A news item of the public site, in one language. A draft until published; published, visitors see it from its
 * publication instant (a future instant: scheduled). Its body is kept as written (Markdown) and as the sanitised HTML
 * visitors get, made when it is saved: nothing the author writes can reach a visitor as a script.
 */
@Table("website_news")
public class NewsItem {

    private @Id Long id;
    private String language;
    private String slug;
    private String title;

    @Column("news_date")
    private LocalDate date;

    private String summary;
    private String bodyMarkdown;
    private String bodyHtml;
    private NewsStatus status;
    private Instant publishAt;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private String publishedBy;
    private boolean announced;
    private @Version int version;

    @PersistenceCreator
    NewsItem(Long id, int version) {
        this.id = id;
        this.version = version;
    }

    static NewsItem draft(NewsDraft draft, String slug, String by, Instant now) {
        NewsItem item = new NewsItem(null, 0);
        item.status = NewsStatus.DRAFT;
        item.createdBy = by;
        item.createdAt = now;
        item.apply(draft, slug, by, now);
        return item;
    }

    /** New text; the slug is checked for uniqueness by {@link NewsManagement}. */
    void apply(NewsDraft draft, String slug, String by, Instant now) {
        this.language = draft.language().code();
        this.slug = slug;
        this.title = draft.title().strip();
        this.date = draft.date();
        this.summary = draft.summary().strip();
        this.bodyMarkdown =
                draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown().strip();
        this.bodyHtml = SafeHtml.fromMarkdown(this.bodyMarkdown);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Publishes now, or at a later instant (scheduled); publishing again changes the instant. */
    void publish(Instant at, String by, Instant now) {
        if (at.isBefore(now)) {
            at = now;
        }
        this.status = NewsStatus.PUBLISHED;
        this.publishAt = at;
        this.announced = !at.isAfter(now);
        this.publishedBy = by;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Back to a draft: visitors no longer see it. */
    void unpublish(String by, Instant now) {
        if (status != NewsStatus.PUBLISHED) {
            throw new NewsRuleViolation("status", "news.error.not-published");
        }
        this.status = NewsStatus.DRAFT;
        this.publishAt = null;
        this.announced = false;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Whether visitors see it at that instant. */
    public boolean isVisibleAt(Instant now) {
        return status == NewsStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    /** Published with a publication instant still to come. */
    public boolean isScheduledAt(Instant now) {
        return status == NewsStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Language getLanguage() {
        return Language.ofCode(language);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    /** The sanitised HTML of the body: safe to render as it is ({@code th:utext}). */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public int getVersion() {
        return version;
    }
}
