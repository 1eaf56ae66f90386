package fr.guichet.website;

/** Where a news item stands: a draft only staff see, or published (visitors see it from its publication instant). */
public enum NewsStatus {
    DRAFT,
    PUBLISHED
}
