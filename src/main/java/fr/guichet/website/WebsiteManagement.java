package fr.guichet.website;

import fr.guichet.shared.Language;
import fr.guichet.shared.PublicContentChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's pages as the webmaster writes them: drafts, publication (now or scheduled), versions kept and restored,
 * unpublication and deletion. Every change a visitor sees publishes {@link PublicContentChanged}, in its transaction.
 */
@Service
public class WebsiteManagement {

    private static final Logger log = LoggerFactory.getLogger(WebsiteManagement.class);

    private final SitePages pages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WebsiteManagement(SitePages pages, Clock clock, ApplicationEventPublisher events) {
        this.pages = pages;
        this.clock = clock;
        this.events = events;
    }

    /** Every page, fixed places first (home, services, legal places), then the others by menu place and title. */
    @Transactional(readOnly = true)
    public List<SitePage> all() {
        return pages.all().stream()
                .sorted(Comparator.comparing((SitePage p) -> p.getKind().fixedPlace() ? 0 : 1)
                        .thenComparing(p -> p.getKind().ordinal())
                        .thenComparing(p -> p.getMenuPosition() == null ? 1000 : p.getMenuPosition())
                        .thenComparing(p -> p.title(Language.FR)))
                .toList();
    }

    @Transactional(readOnly = true)
    public SitePage get(long id) {
        return pages.find(id).orElseThrow(() -> new UnknownSitePage(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOfPlace(PageKind kind) {
        return pages.idOfPlace(kind);
    }

    /** A new draft; answers its id. A fixed place (home, services, a legal place) has one page at most. */
    @Transactional
    public long create(PageKind kind, @Nullable Integer menuPosition, List<PageText> texts, String by) {
        if (kind.fixedPlace() && pages.idOfPlace(kind).isPresent()) {
            throw SitePageRuleViolation.of("kind", "website.error.placeTaken");
        }
        Slugged slugged = withSlugs(kind, texts, null);
        SitePage page = slugged.check(() -> SitePage.draft(kind, menuPosition, slugged.texts()));
        return pages.insert(page, by, clock.instant());
    }

    /** Changes the draft; answers the page's new version. Visitors see the change once it is published. */
    @Transactional
    public int change(long id, int expectedVersion, @Nullable Integer menuPosition, List<PageText> texts, String by) {
        SitePage page = current(id, expectedVersion);
        Integer menuBefore = page.getMenuPosition();
        Slugged slugged = withSlugs(page.getKind(), texts, id);
        slugged.check(() -> {
            page.edit(menuPosition, slugged.texts());
            return page;
        });
        int version = pages.update(page, by, clock.instant());
        if (page.isPublished() && !Objects.equals(menuBefore, menuPosition)) {
            changed(id);
        }
        return version;
    }

    /** Publishes the draft now, as the page's next version (the earlier ones are kept); answers its number. */
    @Transactional
    public int publish(long id, int expectedVersion, String by) {
        return publish(current(id, expectedVersion), by);
    }

    private int publish(SitePage page, String by) {
        for (PageText text : page.texts()) {
            if (text.slug() != null && pages.slugTaken(text.language(), text.slug(), page.getId())) {
                throw SitePageRuleViolation.of(slugField(text.language()), "website.error.slugTaken");
            }
        }
        Instant now = clock.instant();
        int number = page.publish(now);
        pages.update(page, by, now);
        pages.insertVersion(page.getId(), number, page.texts(), by, now);
        changed(page.getId());
        return number;
    }

    /** Schedules the draft's publication at a later instant. */
    @Transactional
    public void schedule(long id, int expectedVersion, Instant at, String by) {
        SitePage page = current(id, expectedVersion);
        page.schedule(at, clock.instant());
        pages.update(page, by, clock.instant());
    }

    @Transactional
    public void cancelSchedule(long id, int expectedVersion, String by) {
        SitePage page = current(id, expectedVersion);
        page.cancelSchedule();
        pages.update(page, by, clock.instant());
    }

    /** Publishes the pages whose scheduled instant has come; answers how many. Run by a job on one instance. */
    @Transactional
    public int publishDue() {
        int count = 0;
        for (long id : pages.dueIds(clock.instant())) {
            SitePage page = get(id);
            if (!page.due(clock.instant())) {
                continue;
            }
            try {
                publish(page, "scheduled");
                count++;
            } catch (SitePageRuleViolation broken) {
                log.warn("Scheduled publication of site page {} refused: {}", id, broken.getMessage());
                page = get(id);
                page.cancelSchedule();
                pages.update(page, "scheduled", clock.instant());
            }
        }
        return count;
    }

    /** Takes a published page off the site (its versions are kept). */
    @Transactional
    public void unpublish(long id, int expectedVersion, String by) {
        SitePage page = current(id, expectedVersion);
        page.unpublish();
        pages.update(page, by, clock.instant());
        changed(id);
    }

    /** The published versions of a page, newest first. */
    @Transactional(readOnly = true)
    public List<PageVersion> versions(long id) {
        get(id);
        return pages.versions(id);
    }

    /** A published version's texts, for its preview. */
    @Transactional(readOnly = true)
    public List<PageText> versionTexts(long id, int number) {
        List<PageText> texts = pages.versionTexts(id, number);
        if (texts.isEmpty()) {
            throw new UnknownSitePage(id + " version " + number);
        }
        return texts;
    }

    /**
     * Makes a published version the draft again: what was on line then can be previewed and published as the next
     * version. The page on line does not change until then.
     */
    @Transactional
    public int restore(long id, int expectedVersion, int number, String by) {
        SitePage page = current(id, expectedVersion);
        List<PageText> texts = versionTexts(id, number);
        List<PageText> kept = new ArrayList<>();
        for (PageText text : texts) {
            // a slug another page took since is left empty: the webmaster chooses another one
            boolean taken = text.slug() != null && pages.slugTaken(text.language(), text.slug(), id);
            kept.add(taken ? text.withSlug(null) : text);
        }
        page.restore(kept);
        return pages.update(page, by, clock.instant());
    }

    /**
     * Deletes a page and its versions. Never a page with a fixed place; a page in the menu only with
     * {@code outOfMenu} (the webmaster confirmed that it leaves the menu).
     */
    @Transactional
    public void delete(long id, int expectedVersion, boolean outOfMenu) {
        SitePage page = current(id, expectedVersion);
        page.checkDeletable(outOfMenu);
        pages.delete(id);
        if (page.isPublished()) {
            changed(id);
        }
    }

    /** The published pages, for the public site (see {@link SiteContent}, which keeps them). */
    @Transactional(readOnly = true)
    public List<PublishedPage> published() {
        return pages.published();
    }

    /** The page that once had this slug, when it is still published under another one. */
    @Transactional(readOnly = true)
    public Optional<Long> formerOwnerOf(Language language, String slug) {
        return pages.formerOwnerOf(language, slug);
    }

    private SitePage current(long id, int expectedVersion) {
        SitePage page = get(id);
        if (page.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "Site page " + id + " changed since version " + expectedVersion);
        }
        return page;
    }

    /** Texts with their slugs, and the slugs another page has: told with the page's own problems, all at once. */
    private record Slugged(List<PageText> texts, List<SitePageRuleViolation.Problem> problems) {

        SitePage check(java.util.function.Supplier<SitePage> change) {
            SitePage page;
            try {
                page = change.get();
            } catch (SitePageRuleViolation violation) {
                List<SitePageRuleViolation.Problem> all = new ArrayList<>(violation.problems());
                all.addAll(problems);
                throw new SitePageRuleViolation(all);
            }
            if (!problems.isEmpty()) {
                throw new SitePageRuleViolation(problems);
            }
            return page;
        }
    }

    /** The texts with their slugs: made from the title when left empty, and free in their language. */
    private Slugged withSlugs(PageKind kind, List<PageText> texts, @Nullable Long id) {
        if (!kind.hasSlug()) {
            return new Slugged(texts, List.of());
        }
        List<SitePageRuleViolation.Problem> problems = new ArrayList<>();
        List<PageText> result = new ArrayList<>();
        for (PageText text : texts) {
            if (!text.written()) {
                result.add(text);
                continue;
            }
            if (text.slug() == null) {
                String base = Slugs.fromTitle(text.title());
                if (base.isEmpty()) {
                    result.add(text); // the missing title is told by the page
                    continue;
                }
                String slug = base;
                for (int n = 2; pages.slugTaken(text.language(), slug, id); n++) {
                    slug = base + "-" + n;
                }
                result.add(text.withSlug(slug));
            } else {
                if (Slugs.valid(text.slug()) && pages.slugTaken(text.language(), text.slug(), id)) {
                    problems.add(
                            new SitePageRuleViolation.Problem(slugField(text.language()), "website.error.slugTaken"));
                }
                result.add(text);
            }
        }
        return new Slugged(result, problems);
    }

    private static String slugField(Language language) {
        return language == Language.FR ? "slugFr" : "slugEn";
    }

    private void changed(@Nullable Long id) {
        events.publishEvent(new PublicContentChanged("page " + id));
    }
}
