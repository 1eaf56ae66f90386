package fr.guichet.knowledge;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An article's text in one language, as stored: the Markdown as written, the HTML made from it and sanitised (what
 * readers get), and the plain text (for search and summaries).
 */
@Table("knowledge_translation")
public record KnowledgeTranslation(
        String slug, String title, String summary, String bodyMarkdown, String bodyHtml, String bodyText) {

    /** Whether the summary is the text's beginning, made when none was written (the editor then shows it blank). */
    public boolean summaryIsDerived() {
        return summary.equals(KnowledgeArticle.derivedSummary(bodyText));
    }
}
