package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import fr.guichet.shared.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a writer sets on an article: its category, who reads it, its text in each language written (at least one), the
 * articles it points readers to, and the request it was written from.
 */
public record ArticleContent(
        @Nullable Long categoryId,
        ArticleAudience audience,
        Map<Language, TranslationContent> translations,
        List<Long> related,
        @Nullable String sourceRequest) {

    public ArticleContent {
        translations = Map.copyOf(translations);
        related = List.copyOf(related);
    }

    /** A field of the editor at fault, and why. */
    public record Problem(String field, String messageKey) {}

    /**
     * What is missing, every field at once (the rule the article applies when it is changed): at least one language,
     * and in each language written, a title, a well-formed address
     * (when one is typed) and a text.
     */
    /** The size of the column that keeps the formatted text (knowledge_translation.body_html). */
    static final int HTML_MAX = 120_000;

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (translations.values().stream().allMatch(TranslationContent::isEmpty)) {
            problems.add(new Problem("titleFr", "knowledge.error.no-language"));
            return problems;
        }
        for (Language language : Language.values()) {
            TranslationContent text = translations.get(language);
            if (text == null || text.isEmpty()) {
                continue;
            }
            String suffix = language == Language.FR ? "Fr" : "En";
            if (TranslationContent.blank(text.title())) {
                problems.add(new Problem("title" + suffix, "knowledge.error.title-required"));
            }
            if (!TranslationContent.blank(text.slug())
                    && !Slugs.isValid(text.slug().strip())) {
                problems.add(new Problem("slug" + suffix, "knowledge.error.slug-format"));
            }
            if (TranslationContent.blank(text.bodyMarkdown())) {
                problems.add(new Problem("body" + suffix, "knowledge.error.body-required"));
            } else if (SafeHtml.fromMarkdown(text.bodyMarkdown()).length() > HTML_MAX) {
                // what is stored is the formatted text: a long list or many quotes grow it beyond the Markdown's size
                problems.add(new Problem("body" + suffix, "knowledge.error.body-too-long"));
            }
        }
        return problems;
    }
}
