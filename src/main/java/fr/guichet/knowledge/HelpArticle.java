package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A published public article as a reader opens it, in one language.
 *
 * @param alternates the article's address in each language it is written in (this one included), code → slug
 */
public record HelpArticle(
        KnowledgeArticle article,
        Language language,
        KnowledgeTranslation text,
        @Nullable KnowledgeCategory category,
        Map<String, String> alternates,
        List<HelpLink> related) {}
