package fr.guichet.website;

import fr.guichet.shared.Language;
import fr.guichet.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/**
 * A page in one language: its title, its address ({@code slug}, none for the home and services pages), its body in
 * Markdown and the safe HTML made from it on save, and what search engines show (SEO title and description, the title
 * and the start of the body when empty).
 */
public record PageText(
        Language language,
        String title,
        @Nullable String slug,
        String bodyMarkdown,
        String bodyHtml,
        String seoTitle,
        String seoDescription) {

    public PageText {
        title = title == null ? "" : title.strip();
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        seoTitle = seoTitle == null ? "" : seoTitle.strip();
        seoDescription = seoDescription == null ? "" : seoDescription.strip();
    }

    /** The text as written, its HTML made (and cleaned) from the Markdown. */
    public static PageText written(
            Language language,
            String title,
            @Nullable String slug,
            String bodyMarkdown,
            String seoTitle,
            String seoDescription) {
        return new PageText(
                language, title, slug, bodyMarkdown, SafeHtml.fromMarkdown(bodyMarkdown), seoTitle, seoDescription);
    }

    /** Whether anything is written in this language (a language left empty is not on the site). */
    public boolean written() {
        return !title.isBlank() || !bodyMarkdown.isBlank();
    }

    /** The page's title for the browser and search engines. */
    public String headTitle() {
        return seoTitle.isBlank() ? title : seoTitle;
    }

    /** The description for search engines: the written one, or the start of the body's text. */
    public String description() {
        if (!seoDescription.isBlank()) {
            return seoDescription;
        }
        String text = SafeHtml.text(bodyHtml);
        return text.length() <= 160 ? text : text.substring(0, 157).strip() + "…";
    }

    PageText withSlug(@Nullable String other) {
        return new PageText(language, title, other, bodyMarkdown, bodyHtml, seoTitle, seoDescription);
    }
}
