package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import org.jspecify.annotations.Nullable;

/** The back office's filters on the articles' list; {@code null}: any. */
public record ArticleFilter(
        @Nullable ArticleStatus status,
        @Nullable Long categoryId,
        @Nullable ArticleAudience audience,
        @Nullable Language language) {

    public ArticleFilter withStatus(@Nullable ArticleStatus other) {
        return new ArticleFilter(other, categoryId, audience, language);
    }
}
