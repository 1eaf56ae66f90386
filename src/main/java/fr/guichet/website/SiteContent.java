package fr.guichet.website;

import fr.guichet.shared.Language;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The published pages as the public site reads them: the home page, a page by its address, the menu and the legal
 * places of the footer, in one language. Kept in memory while the {@link PublicContentGeneration} stays the same.
 */
@Component
public class SiteContent {

    private record Snapshot(long generation, List<PublishedPage> pages) {}

    /** An entry of the site's menu or footer: its label and address. */
    public record Link(String label, String href) {}

    private final WebsiteManagement management;
    private final PublicContentGeneration generation;
    private volatile Snapshot snapshot;

    SiteContent(WebsiteManagement management, PublicContentGeneration generation) {
        this.management = management;
        this.generation = generation;
    }

    public Optional<PublishedPage> place(PageKind kind, Language language) {
        return pages().stream()
                .filter(p -> p.kind() == kind && p.text(language).isPresent())
                .findFirst();
    }

    public Optional<PublishedPage> bySlug(Language language, String slug) {
        return pages().stream()
                .filter(p -> p.kind().hasSlug())
                .filter(p -> p.text(language).map(t -> slug.equals(t.slug())).orElse(false))
                .findFirst();
    }

    public Optional<PublishedPage> byId(long id) {
        return pages().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The pages in the menu, in the menu's order, written in that language. */
    public List<Link> menu(Language language) {
        return pages().stream()
                .filter(p -> p.menuPosition() != null && p.text(language).isPresent())
                .filter(p -> p.kind() != PageKind.HOME && p.kind() != PageKind.SERVICES)
                .sorted(Comparator.comparing(PublishedPage::menuPosition)
                        .thenComparing(p -> p.text(language).orElseThrow().title()))
                .map(p -> new Link(
                        p.text(language).orElseThrow().title(), p.path(language).orElseThrow()))
                .toList();
    }

    /**
     * A legal place of the footer: its published page's title and address, or, while none is published in that
     * language, no title (the layout names the place) and the place's default address, where a visitor reads that
     * the page is being written.
     */
    public record LegalLink(PageKind kind, @Nullable String title, String href) {}

    /** The footer's legal places, always all of them, in their fixed order (legal notice, terms of sale, privacy). */
    public List<LegalLink> legal(Language language) {
        return Arrays.stream(PageKind.values())
                .filter(PageKind::legal)
                .map(kind -> place(kind, language)
                        .map(p -> new LegalLink(
                                kind,
                                p.text(language).orElseThrow().title(),
                                p.path(language).orElseThrow()))
                        .orElseGet(() -> new LegalLink(
                                kind,
                                null,
                                "/" + language.code() + "/"
                                        + kind.defaultSlug(language).orElseThrow())))
                .toList();
    }

    /** The legal place waiting at this default address, when no published page of that place is in that language. */
    public Optional<PageKind> pendingLegalPlace(Language language, String slug) {
        return Arrays.stream(PageKind.values())
                .filter(PageKind::legal)
                .filter(kind -> kind.defaultSlug(language).filter(slug::equals).isPresent())
                .filter(kind -> place(kind, language).isEmpty())
                .findFirst();
    }

    public List<PublishedPage> pages() {
        long current = generation.current();
        Snapshot kept = snapshot;
        if (kept != null && kept.generation() == current) {
            return kept.pages();
        }
        List<PublishedPage> pages = management.published();
        snapshot = new Snapshot(current, pages);
        return pages;
    }
}
