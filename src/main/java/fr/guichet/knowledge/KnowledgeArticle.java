package fr.guichet.knowledge;

import fr.guichet.shared.Language;
import fr.guichet.shared.SafeHtml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A help article: its text in French and/or English, its category and audience, the articles it points to. A draft
 * until published; a published article can be archived (withdrawn from readers, kept) and published again. The
 * helpful votes are counted beside it, never written by the aggregate.
 */
@Table("knowledge_article")
public class KnowledgeArticle {

    /** Longest summary kept, and the length of one made from the body. */
    static final int SUMMARY_LENGTH = 400;

    private static final int DERIVED_SUMMARY = 200;

    private @Id @Nullable Long id;
    private @Nullable Long categoryId;
    private ArticleStatus status;
    private ArticleAudience audience;
    private @Nullable String sourceRequest;

    @ReadOnlyProperty
    private int helpfulYes;

    @ReadOnlyProperty
    private int helpfulNo;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private @Nullable String publishedBy;
    private @Nullable Instant publishedAt;

    @MappedCollection(idColumn = "article_id", keyColumn = "language")
    private Map<String, KnowledgeTranslation> translations = new HashMap<>();

    @MappedCollection(idColumn = "article_id", keyColumn = "position")
    private List<RelatedArticle> related = new ArrayList<>();

    private @Version int version;

    @PersistenceCreator
    KnowledgeArticle(
            @Nullable Long id,
            ArticleStatus status,
            ArticleAudience audience,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            int version) {
        this.id = id;
        this.status = status;
        this.audience = audience;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new draft; the slugs of {@code content} are already resolved (unique per language). */
    static KnowledgeArticle draft(ArticleContent content, String by, Instant now) {
        KnowledgeArticle article =
                new KnowledgeArticle(null, ArticleStatus.DRAFT, content.audience(), by, now, by, now, 0);
        article.sourceRequest = content.sourceRequest();
        article.apply(content, by, now);
        return article;
    }

    /**
     * Replaces what the writer sets; the slugs are resolved. An article keeps at least one language and never names
     * itself as related.
     */
    void apply(ArticleContent content, String by, Instant now) {
        content.problems().stream().findFirst().ifPresent(problem -> {
            throw new KnowledgeRuleViolation(problem.field(), problem.messageKey());
        });
        Map<String, KnowledgeTranslation> written = new HashMap<>();
        content.translations().forEach((language, text) -> {
            if (!text.isEmpty()) {
                written.put(language.code(), stored(language, text));
            }
        });
        this.translations = written;
        this.categoryId = content.categoryId();
        this.audience = content.audience();
        List<RelatedArticle> links = new ArrayList<>();
        content.related().stream()
                .distinct()
                .filter(other -> !other.equals(id))
                .forEach(other -> links.add(new RelatedArticle(other)));
        this.related = links;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private static KnowledgeTranslation stored(Language language, TranslationContent text) {
        String suffix = language == Language.FR ? "Fr" : "En";
        if (TranslationContent.blank(text.title())) {
            throw new KnowledgeRuleViolation("title" + suffix, "knowledge.error.title-required");
        }
        if (TranslationContent.blank(text.bodyMarkdown())) {
            throw new KnowledgeRuleViolation("body" + suffix, "knowledge.error.body-required");
        }
        if (TranslationContent.blank(text.slug())) {
            throw new IllegalArgumentException("The slug is resolved before the article is changed");
        }
        String html = SafeHtml.fromMarkdown(text.bodyMarkdown());
        String plain = SafeHtml.text(html);
        String summary = TranslationContent.blank(text.summary())
                ? derivedSummary(plain)
                : text.summary().strip();
        if (summary.length() > SUMMARY_LENGTH) {
            throw new KnowledgeRuleViolation("summary" + suffix, "knowledge.error.summary-too-long");
        }
        return new KnowledgeTranslation(
                text.slug(), text.title().strip(), summary, text.bodyMarkdown().strip(), html, plain);
    }

    /** The summary of a text written without one: its beginning. */
    static String derivedSummary(String plainText) {
        return shortened(plainText, DERIVED_SUMMARY);
    }

    /** The text's beginning, cut at a word and marked with an ellipsis when cut. */
    static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, cut > length / 2 ? cut : length - 1).strip() + "…";
    }

    /** Shows the article to its readers; an archived article can be published again. */
    void publish(String by, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new KnowledgeActRefused("knowledge.error.already-published");
        }
        status = ArticleStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
        updatedBy = by;
        updatedAt = now;
    }

    /** Withdraws the article from its readers (kept, and publishable again). */
    void archive(String by, Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new KnowledgeActRefused("knowledge.error.already-archived");
        }
        status = ArticleStatus.ARCHIVED;
        updatedBy = by;
        updatedAt = now;
    }

    /** Whether visitors and customers read it on the help centre: published, and not internal. */
    public boolean isVisibleToEveryone() {
        return status == ArticleStatus.PUBLISHED && audience == ArticleAudience.PUBLIC;
    }

    public Optional<KnowledgeTranslation> translation(Language language) {
        return Optional.ofNullable(translations.get(language.code()));
    }

    /** The text in the reader's language, or else in the other one. */
    public KnowledgeTranslation translationFor(Locale locale) {
        Language wanted = Language.of(locale);
        return translation(wanted)
                .or(() -> translation(wanted == Language.FR ? Language.EN : Language.FR))
                .orElseThrow();
    }

    /** The languages it is written in, French first. */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (translations.containsKey(language.code())) {
                languages.add(language);
            }
        }
        return languages;
    }

    public Map<Language, KnowledgeTranslation> translationsByLanguage() {
        Map<Language, KnowledgeTranslation> byLanguage = new EnumMap<>(Language.class);
        translations.forEach((code, text) -> byLanguage.put(Language.ofCode(code), text));
        return Collections.unmodifiableMap(byLanguage);
    }

    public List<Long> relatedIds() {
        return related.stream().map(RelatedArticle::relatedId).toList();
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getCategoryId() {
        return categoryId;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public ArticleAudience getAudience() {
        return audience;
    }

    public @Nullable String getSourceRequest() {
        return sourceRequest;
    }

    public int getHelpfulYes() {
        return helpfulYes;
    }

    public int getHelpfulNo() {
        return helpfulNo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public int getVersion() {
        return version;
    }
}
