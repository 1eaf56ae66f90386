package fr.guichet.knowledge.web;

import fr.guichet.knowledge.ArticleAudience;
import fr.guichet.knowledge.ArticleContent;
import fr.guichet.knowledge.ArticleDraft;
import fr.guichet.knowledge.KnowledgeArticle;
import fr.guichet.knowledge.KnowledgeTranslation;
import fr.guichet.knowledge.TranslationContent;
import fr.guichet.shared.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An article as its writer types it in the editor: both languages side by side, kept as typed until saved. */
record ArticleForm(
        @NotNull(message = "{validation.required}") Long categoryId,
        @NotNull(message = "{validation.required}") ArticleAudience audience,

        @Size(max = 200, message = "{validation.max-length}")
        String titleFr,

        @Size(max = 150, message = "{validation.max-length}")
        String slugFr,

        @Size(max = 400, message = "{validation.max-length}")
        String summaryFr,

        @Size(max = 50000, message = "{validation.max-length}")
        String bodyFr,

        @Size(max = 200, message = "{validation.max-length}")
        String titleEn,

        @Size(max = 150, message = "{validation.max-length}")
        String slugEn,

        @Size(max = 400, message = "{validation.max-length}")
        String summaryEn,

        @Size(max = 50000, message = "{validation.max-length}")
        String bodyEn,

        @Nullable List<Long> related,
        @Size(max = 40, message = "{validation.max-length}") String sourceRequest,
        int version) {

    static ArticleForm blank() {
        return new ArticleForm(null, ArticleAudience.PUBLIC, "", "", "", "", "", "", "", "", List.of(), "", 0);
    }

    /** A draft pre-filled from elsewhere (a resolved request), in French, for the staff's own language to follow. */
    static ArticleForm of(ArticleDraft draft) {
        // written from a customer's request: for staff only until someone who has read it makes it public
        return new ArticleForm(
                null,
                ArticleAudience.INTERNAL,
                nonNull(draft.title()),
                "",
                "",
                nonNull(draft.bodyMarkdown()),
                "",
                "",
                "",
                "",
                List.of(),
                nonNull(draft.sourceRequest()),
                0);
    }

    static ArticleForm of(KnowledgeArticle article) {
        KnowledgeTranslation fr = article.translation(Language.FR).orElse(null);
        KnowledgeTranslation en = article.translation(Language.EN).orElse(null);
        return new ArticleForm(
                article.getCategoryId(),
                article.getAudience(),
                fr == null ? "" : fr.title(),
                fr == null ? "" : fr.slug(),
                fr == null || fr.summaryIsDerived() ? "" : fr.summary(),
                fr == null ? "" : fr.bodyMarkdown(),
                en == null ? "" : en.title(),
                en == null ? "" : en.slug(),
                en == null || en.summaryIsDerived() ? "" : en.summary(),
                en == null ? "" : en.bodyMarkdown(),
                new ArrayList<>(article.relatedIds()),
                nonNull(article.getSourceRequest()),
                article.getVersion());
    }

    ArticleContent content() {
        return new ArticleContent(
                categoryId,
                audience,
                Map.of(
                        Language.FR, new TranslationContent(titleFr, slugFr, summaryFr, bodyFr),
                        Language.EN, new TranslationContent(titleEn, slugEn, summaryEn, bodyEn)),
                related == null ? List.of() : related,
                sourceRequest == null || sourceRequest.isBlank() ? null : sourceRequest.strip());
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
