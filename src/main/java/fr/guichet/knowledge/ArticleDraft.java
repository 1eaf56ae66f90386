package fr.guichet.knowledge;

/**
 * An article's first draft written from something else (a resolved request): what the editor opens pre-filled.
 *
 * @param title the article's title
 * @param bodyMarkdown its body, in Markdown
 * @param sourceRequest the reference of the request it comes from
 */
public record ArticleDraft(String title, String bodyMarkdown, String sourceRequest) {}
