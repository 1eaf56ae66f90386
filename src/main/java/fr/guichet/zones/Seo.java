package fr.guichet.zones;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a public page tells search engines and feed readers, in its head: the description, the canonical address, the
 * same page in the other languages ({@code hreflang}), its feeds, and whether it must not be indexed (a preview). A
 * controller adds it to the model as {@code seo}; {@code zones/fragments/common :: head} writes it. Addresses are
 * absolute.
 *
 * @param description the meta description (none: not written)
 * @param canonical the page's one address
 * @param alternates the page in each language it exists in (itself included), for {@code <link rel="alternate"
 *     hreflang>} and the language switch
 * @param feeds the feeds the page offers (Atom, RSS)
 * @param noindex whether search engines must leave the page out
 */
public record Seo(
        @Nullable String description,
        @Nullable String canonical,
        List<Alternate> alternates,
        List<Feed> feeds,
        boolean noindex) {

    /** The page in one language: its language code ("fr", "en", or "x-default") and its address. */
    public record Alternate(String language, String href) {}

    /** A feed: its title, its address, its type ("application/atom+xml"). */
    public record Feed(String title, String href, String type) {}

    public Seo {
        alternates = List.copyOf(alternates);
        feeds = List.copyOf(feeds);
    }

    public static Seo of(@Nullable String description, @Nullable String canonical, List<Alternate> alternates) {
        return new Seo(description, canonical, alternates, List.of(), false);
    }

    public Seo withFeeds(List<Feed> more) {
        return new Seo(description, canonical, alternates, more, noindex);
    }

    public Seo notIndexed() {
        return new Seo(description, canonical, alternates, feeds, true);
    }

    /** The address of the page in that language, if it exists in it (for the language switch). */
    public @Nullable String alternate(String language) {
        return alternates.stream()
                .filter(a -> a.language().equals(language))
                .map(Alternate::href)
                .findFirst()
                .orElse(null);
    }
}
