package fr.guichet.website;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page of the public site. What the webmaster edits is its draft (a text per language); publishing makes the draft
 * the page's next published version, which visitors see, and keeps every earlier one. A publication can be scheduled
 * for a later instant. The page guards its transitions: only a page with a written language is published, only a
 * published page is unpublished, and a page with a fixed place (home, services, legal places) is never deleted.
 */
public final class SitePage {

    private final @Nullable Long id;
    private final PageKind kind;
    private @Nullable Integer menuPosition;
    private PageStatus status;
    private @Nullable Instant publishAt;
    private @Nullable Integer publishedNumber;
    private @Nullable Instant publishedAt;
    private boolean draftChanged;
    private final Map<Language, PageText> texts = new EnumMap<>(Language.class);
    private final int version;

    public SitePage(
            @Nullable Long id,
            PageKind kind,
            @Nullable Integer menuPosition,
            PageStatus status,
            @Nullable Instant publishAt,
            @Nullable Integer publishedNumber,
            @Nullable Instant publishedAt,
            boolean draftChanged,
            List<PageText> texts,
            int version) {
        this.id = id;
        this.kind = kind;
        this.menuPosition = menuPosition;
        this.status = status;
        this.publishAt = publishAt;
        this.publishedNumber = publishedNumber;
        this.publishedAt = publishedAt;
        this.draftChanged = draftChanged;
        texts.forEach(t -> this.texts.put(t.language(), t));
        this.version = version;
    }

    /** A new page, a draft never published. */
    public static SitePage draft(PageKind kind, @Nullable Integer menuPosition, List<PageText> texts) {
        SitePage page = new SitePage(null, kind, null, PageStatus.DRAFT, null, null, null, false, List.of(), 0);
        page.edit(menuPosition, texts);
        return page;
    }

    /** The size of the columns that keep the formatted text (website_page_text.body_html). */
    static final int HTML_MAX = 120_000;

    /** Changes the draft (the published version, if any, stays as it is until the next publication). */
    public void edit(@Nullable Integer menuPosition, List<PageText> written) {
        List<SitePageRuleViolation.Problem> problems = new ArrayList<>();
        if (menuPosition != null && (menuPosition < 1 || menuPosition > 99)) {
            problems.add(new SitePageRuleViolation.Problem("menuPosition", "website.error.menuPosition"));
        }
        texts.clear();
        for (PageText text : written) {
            if (!text.written()) {
                continue;
            }
            String suffix = text.language() == Language.FR ? "Fr" : "En";
            if (text.title().isBlank()) {
                problems.add(new SitePageRuleViolation.Problem("title" + suffix, "website.error.title"));
            }
            if (text.bodyHtml().length() > HTML_MAX) {
                // what is stored is the formatted text: a long list or many quotes grow it beyond the Markdown's size
                problems.add(new SitePageRuleViolation.Problem("body" + suffix, "website.error.bodyTooLong"));
            }
            PageText kept = kind.hasSlug() ? text : text.withSlug(null);
            if (kind.hasSlug() && kept.slug() != null && !Slugs.valid(kept.slug())) {
                problems.add(new SitePageRuleViolation.Problem("slug" + suffix, "website.error.slug"));
            }
            texts.put(text.language(), kept);
        }
        if (texts.isEmpty()) {
            problems.add(new SitePageRuleViolation.Problem("titleFr", "website.error.noLanguage"));
        }
        if (!problems.isEmpty()) {
            throw new SitePageRuleViolation(problems);
        }
        this.menuPosition = menuPosition;
        if (status == PageStatus.PUBLISHED) {
            draftChanged = true;
        }
    }

    /** Makes the draft the page's next published version; answers its number. */
    public int publish(Instant now) {
        if (texts.isEmpty()) {
            throw SitePageRuleViolation.of(null, "website.error.noLanguage");
        }
        int number = (publishedNumber == null ? 0 : publishedNumber) + 1;
        status = PageStatus.PUBLISHED;
        publishedNumber = number;
        publishedAt = now;
        publishAt = null;
        draftChanged = false;
        return number;
    }

    /**
     * Sets a later instant for the draft's publication; the page stays as it is (unpublished, or its published version
     * on line) until then.
     */
    public void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw SitePageRuleViolation.of("publishAt", "website.error.scheduleInPast");
        }
        if (texts.isEmpty()) {
            throw SitePageRuleViolation.of(null, "website.error.noLanguage");
        }
        publishAt = at;
    }

    public void cancelSchedule() {
        publishAt = null;
    }

    /** Whether a scheduled publication is due at {@code now}. */
    public boolean due(Instant now) {
        return publishAt != null && !publishAt.isAfter(now);
    }

    /** Takes the page off the site; its versions are kept and it can be published again. */
    public void unpublish() {
        if (status != PageStatus.PUBLISHED) {
            throw SitePageRuleViolation.of(null, "website.error.notPublished");
        }
        status = PageStatus.DRAFT;
        draftChanged = false;
        publishAt = null;
    }

    /** A published version's texts become the draft again (to be previewed, then published). */
    public void restore(List<PageText> versionTexts) {
        texts.clear();
        versionTexts.forEach(t -> texts.put(t.language(), kind.hasSlug() ? t : t.withSlug(null)));
        draftChanged = status == PageStatus.PUBLISHED;
    }

    /**
     * Checks that the page may be deleted: never a page with a fixed place, and a page in the menu only once the
     * webmaster has confirmed it should leave the menu.
     */
    public void checkDeletable(boolean confirmedOutOfMenu) {
        if (kind.fixedPlace()) {
            throw SitePageRuleViolation.of(null, "website.error.fixedPlace");
        }
        if (menuPosition != null && !confirmedOutOfMenu) {
            throw new PageInMenu();
        }
    }

    /** A page in the menu that the webmaster asked to delete without saying it should leave the menu. */
    public static final class PageInMenu extends SitePageRuleViolation {
        PageInMenu() {
            super(List.of(new Problem(null, "website.delete.inMenu")));
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public PageKind getKind() {
        return kind;
    }

    public @Nullable Integer getMenuPosition() {
        return menuPosition;
    }

    public PageStatus getStatus() {
        return status;
    }

    public @Nullable Instant getPublishAt() {
        return publishAt;
    }

    public @Nullable Integer getPublishedNumber() {
        return publishedNumber;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isDraftChanged() {
        return draftChanged;
    }

    public boolean isPublished() {
        return status == PageStatus.PUBLISHED;
    }

    public int getVersion() {
        return version;
    }

    public List<PageText> texts() {
        return List.copyOf(texts.values());
    }

    public Optional<PageText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The title in the language of that code ("fr", "en"), or in the other one when it is not written. */
    public String titleIn(String languageCode) {
        return title(Language.ofCode(languageCode));
    }

    /** The title in the given language, or in the other one when it is not written. */
    public String title(Language language) {
        PageText text = texts.get(language);
        if (text == null) {
            text = texts.values().iterator().next();
        }
        return text.title();
    }
}
