package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The back office's filters on the articles' list; {@code null}: any.
 *
 * @param text words the title or the address contains, in any language (case ignored)
 */
public record ArticleFilter(
        @Nullable ArticleStatus status,
        @Nullable Long categoryId,
        @Nullable ArticleAudience audience,
        @Nullable Language language,
        @Nullable String text) {

    public ArticleFilter(
            @Nullable ArticleStatus status,
            @Nullable Long categoryId,
            @Nullable ArticleAudience audience,
            @Nullable Language language) {
        this(status, categoryId, audience, language, null);
    }

    public ArticleFilter withStatus(@Nullable ArticleStatus other) {
        return new ArticleFilter(other, categoryId, audience, language, text);
    }
}
