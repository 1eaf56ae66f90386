package fr.guichet.knowledge;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.internal.ArticleRepository;
import fr.guichet.knowledge.internal.CategoryRepository;
import fr.guichet.shared.Language;
import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.Versions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help centre's articles and categories: write, change, publish, archive, arrange; count the readers' votes. Who
 * may do what is {@link KnowledgePublishingPolicy}'s; every change readers see tells the public pages' cache
 * ({@link PublicContentChanged}).
 */
@Service
@Transactional
public class KnowledgeManagement {

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeManagement(
            ArticleRepository articles,
            CategoryRepository categories,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft written by any back-office member. */
    public KnowledgeArticle write(ArticleContent content, AccountPrincipal writer) {
        KnowledgePublishingPolicy.requireWrite(writer);
        ArticleContent resolved = resolved(content, null);
        return articles.save(KnowledgeArticle.draft(resolved, writer.getDisplayName(), clock.instant()));
    }

    /**
     * Changes an article; {@code expectedVersion} is the one the writer read. A published article is changed by those
     * who may publish only (what readers see is theirs to answer for).
     */
    public KnowledgeArticle change(long id, int expectedVersion, ArticleContent content, AccountPrincipal writer) {
        KnowledgeArticle article = get(id);
        KnowledgePublishingPolicy.requireChange(writer, article);
        Versions.require("Article " + id, article.getVersion(), expectedVersion);
        article.apply(resolved(content, id), writer.getDisplayName(), clock.instant());
        KnowledgeArticle saved = articles.save(article);
        if (saved.getStatus() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new PublicContentChanged("article " + id));
        }
        return saved;
    }

    public KnowledgeArticle publish(long id, int expectedVersion, AccountPrincipal publisher) {
        KnowledgePublishingPolicy.requirePublish(publisher);
        KnowledgeArticle article = get(id);
        Versions.require("Article " + id, article.getVersion(), expectedVersion);
        if (article.getAudience() == ArticleAudience.PUBLIC && article.getCategoryId() == null) {
            throw new KnowledgeActRefused("knowledge.error.category-to-publish");
        }
        article.publish(publisher.getDisplayName(), clock.instant());
        KnowledgeArticle saved = articles.save(article);
        events.publishEvent(new PublicContentChanged("article " + id));
        return saved;
    }

    public KnowledgeArticle archive(long id, int expectedVersion, AccountPrincipal publisher) {
        KnowledgePublishingPolicy.requirePublish(publisher);
        KnowledgeArticle article = get(id);
        Versions.require("Article " + id, article.getVersion(), expectedVersion);
        boolean wasSeen = article.getStatus() == ArticleStatus.PUBLISHED;
        article.archive(publisher.getDisplayName(), clock.instant());
        KnowledgeArticle saved = articles.save(article);
        if (wasSeen) {
            events.publishEvent(new PublicContentChanged("article " + id));
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public KnowledgeArticle get(long id) {
        return articles.findById(id).orElseThrow(() -> new UnknownArticle(String.valueOf(id)));
    }

    /**
     * A reader's answer to "was this helpful?" on a published public article, counted once per voter: a second vote
     * with the same answer changes nothing, another answer replaces the first.
     *
     * @param voterKey the voter: a random key kept in their browser, or their account
     */
    public VoteOutcome vote(long articleId, String voterKey, boolean helpful) {
        KnowledgeArticle article = articles.findById(articleId)
                .filter(KnowledgeArticle::isVisibleToEveryone)
                .orElseThrow(() -> new UnknownArticle(String.valueOf(articleId)));
        Long id = Objects.requireNonNull(article.getId());
        List<Boolean> earlier = jdbc.sql(
                        "SELECT helpful FROM knowledge_vote WHERE article_id = :id AND voter_key = :key")
                .param("id", id)
                .param("key", voterKey)
                .query(Boolean.class)
                .list();
        Timestamp now = Timestamp.from(clock.instant());
        if (earlier.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO knowledge_vote (article_id, voter_key, helpful, voted_at)"
                                + " VALUES (:id, :key, :helpful, :at)")
                        .param("id", id)
                        .param("key", voterKey)
                        .param("helpful", helpful)
                        .param("at", now)
                        .update();
            } catch (DuplicateKeyException sameVoterAtOnce) {
                return VoteOutcome.ALREADY_COUNTED;
            }
            jdbc.sql(
                            helpful
                                    ? "UPDATE knowledge_article SET helpful_yes = helpful_yes + 1 WHERE id = :id"
                                    : "UPDATE knowledge_article SET helpful_no = helpful_no + 1 WHERE id = :id")
                    .param("id", id)
                    .update();
            return VoteOutcome.COUNTED;
        }
        if (earlier.get(0) == helpful) {
            return VoteOutcome.ALREADY_COUNTED;
        }
        int changed = jdbc.sql("UPDATE knowledge_vote SET helpful = :helpful, voted_at = :at"
                        + " WHERE article_id = :id AND voter_key = :key AND helpful <> :helpful")
                .param("id", id)
                .param("key", voterKey)
                .param("helpful", helpful)
                .param("at", now)
                .update();
        if (changed == 0) {
            return VoteOutcome.ALREADY_COUNTED;
        }
        jdbc.sql(
                        helpful
                                ? "UPDATE knowledge_article SET helpful_yes = helpful_yes + 1, helpful_no = helpful_no - 1"
                                        + " WHERE id = :id"
                                : "UPDATE knowledge_article SET helpful_no = helpful_no + 1, helpful_yes = helpful_yes - 1"
                                        + " WHERE id = :id")
                .param("id", id)
                .update();
        return VoteOutcome.CHANGED;
    }

    // --- categories

    public KnowledgeCategory addCategory(
            String slug, String nameFr, String nameEn, int position, AccountPrincipal publisher) {
        KnowledgePublishingPolicy.requirePublish(publisher);
        String resolved = categorySlug(slug, nameFr, null);
        KnowledgeCategory saved =
                categories.save(new KnowledgeCategory(null, resolved, nameFr.strip(), nameEn.strip(), position, 0));
        events.publishEvent(new PublicContentChanged("knowledge category " + saved.getId()));
        return saved;
    }

    public KnowledgeCategory changeCategory(
            long id,
            int expectedVersion,
            String slug,
            String nameFr,
            String nameEn,
            int position,
            AccountPrincipal publisher) {
        KnowledgePublishingPolicy.requirePublish(publisher);
        KnowledgeCategory category = category(id);
        Versions.require("Knowledge category " + id, category.getVersion(), expectedVersion);
        category.rename(categorySlug(slug, nameFr, id), nameFr.strip(), nameEn.strip(), position);
        KnowledgeCategory saved = categories.save(category);
        events.publishEvent(new PublicContentChanged("knowledge category " + id));
        return saved;
    }

    /** Removes an empty category; one that still holds articles is refused (move or archive them first). */
    public void removeCategory(long id, int expectedVersion, AccountPrincipal publisher) {
        KnowledgePublishingPolicy.requirePublish(publisher);
        KnowledgeCategory category = category(id);
        Versions.require("Knowledge category " + id, category.getVersion(), expectedVersion);
        long held = jdbc.sql("SELECT COUNT(*) FROM knowledge_article WHERE category_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        if (held > 0) {
            throw new KnowledgeActRefused("knowledge.error.category-not-empty");
        }
        categories.delete(category);
        events.publishEvent(new PublicContentChanged("knowledge category " + id));
    }

    @Transactional(readOnly = true)
    public KnowledgeCategory category(long id) {
        return categories.findById(id).orElseThrow(() -> new UnknownCategory(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<KnowledgeCategory> categories() {
        return categories.findAllOrdered();
    }

    private String categorySlug(@Nullable String typed, String name, @Nullable Long self) {
        String slug = typed == null || typed.isBlank() ? Slugs.of(name) : typed.strip();
        if (!Slugs.isValid(slug)) {
            throw new KnowledgeRuleViolation("slug", "knowledge.error.slug-format");
        }
        categories
                .findBySlug(slug)
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw new KnowledgeRuleViolation("slug", "knowledge.error.slug-taken");
                });
        return slug;
    }

    /**
     * The content with each written language's slug settled: a typed slug must be well formed and free in its
     * language; a blank one is made from the title, numbered when taken ("vpn", "vpn-2").
     */
    private ArticleContent resolved(ArticleContent content, @Nullable Long self) {
        content.problems().stream().findFirst().ifPresent(problem -> {
            throw new KnowledgeRuleViolation(problem.field(), problem.messageKey());
        });
        if (content.categoryId() != null
                && categories.findById(content.categoryId()).isEmpty()) {
            throw new KnowledgeRuleViolation("categoryId", "knowledge.error.category-unknown");
        }
        Map<Language, TranslationContent> translations = new EnumMap<>(Language.class);
        content.translations().forEach((language, text) -> {
            if (text.isEmpty()) {
                return;
            }
            String field = "slug" + (language == Language.FR ? "Fr" : "En");
            String slug;
            if (TranslationContent.blank(text.slug())) {
                String base = Slugs.of(text.title());
                base = base.isEmpty() ? "article" : base;
                slug = base;
                for (int n = 2; slugTaken(slug, self); n++) {
                    slug = base + "-" + n;
                }
            } else {
                slug = text.slug().strip();
                if (!Slugs.isValid(slug)) {
                    throw new KnowledgeRuleViolation(field, "knowledge.error.slug-format");
                }
                if (slugTaken(slug, self)) {
                    throw new KnowledgeRuleViolation(field, "knowledge.error.slug-taken");
                }
            }
            translations.put(language, new TranslationContent(text.title(), slug, text.summary(), text.bodyMarkdown()));
        });
        List<Long> related = content.related().stream()
                .filter(Objects::nonNull)
                .filter(other -> articles.existsById(other))
                .toList();
        return new ArticleContent(
                content.categoryId(), content.audience(), translations, related, content.sourceRequest());
    }

    /**
     * Whether another article has this address, in either language: {@code /help/articles/{slug}} does not say the
     * language, so one address must lead to one article whatever the reader's language.
     */
    private boolean slugTaken(String slug, @Nullable Long self) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_translation WHERE slug = :slug AND article_id <> :self")
                        .param("slug", slug)
                        .param("self", self == null ? -1L : self)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
