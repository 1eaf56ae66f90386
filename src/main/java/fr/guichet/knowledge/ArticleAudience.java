package fr.guichet.knowledge;

/** Who may read an article once published: anyone on the help centre, or staff only (never a customer, a visitor). */
public enum ArticleAudience {
    PUBLIC,
    INTERNAL
}
