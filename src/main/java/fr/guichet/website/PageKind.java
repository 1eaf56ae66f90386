package fr.guichet.website;

/**
 * What a page is on the site: the home page, the introduction of the services page, an ordinary page, or one of the
 * legal places of the footer (legal notice, terms of sale, privacy). Every kind but {@link #PAGE} has a fixed place:
 * at most one page of that kind, which cannot be deleted (it can be unpublished).
 */
public enum PageKind {
    HOME(false, false),
    SERVICES(false, false),
    PAGE(true, false),
    LEGAL_NOTICE(true, true),
    TERMS_OF_SALE(true, true),
    PRIVACY(true, true);

    private final boolean hasSlug;
    private final boolean legal;

    PageKind(boolean hasSlug, boolean legal) {
        this.hasSlug = hasSlug;
        this.legal = legal;
    }

    /** Whether the page has an address of its own ({@code /fr/{slug}}); the home and services pages have theirs. */
    public boolean hasSlug() {
        return hasSlug;
    }

    /** Whether the page is one of the legal places shown in the footer. */
    public boolean legal() {
        return legal;
    }

    /**
     * The address a legal place has in the footer before its page is written and published (the one the demo's
     * pages use too): {@code /fr/mentions-legales}, {@code /en/legal-notice}… There a visitor reads that the page is
     * being written, rather than a 404. Empty for the other kinds.
     */
    public java.util.Optional<String> defaultSlug(fr.guichet.shared.Language language) {
        boolean french = language == fr.guichet.shared.Language.FR;
        return java.util.Optional.ofNullable(
                switch (this) {
                    case LEGAL_NOTICE -> french ? "mentions-legales" : "legal-notice";
                    case TERMS_OF_SALE -> french ? "conditions-generales-de-vente" : "terms-of-sale";
                    case PRIVACY -> french ? "confidentialite" : "privacy";
                    default -> null;
                });
    }

    /** Whether the kind has a fixed place on the site (one page at most, never deleted). */
    public boolean fixedPlace() {
        return this != PAGE;
    }
}
