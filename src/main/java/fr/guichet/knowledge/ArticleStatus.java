package fr.guichet.knowledge;

/** Where an article stands: written but not shown, shown on the help centre, or withdrawn (kept, shown no more). */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
