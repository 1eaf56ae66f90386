package fr.guichet.website;

/** Whether visitors see a page: a draft (never published, or unpublished) or published. */
public enum PageStatus {
    DRAFT,
    PUBLISHED
}
