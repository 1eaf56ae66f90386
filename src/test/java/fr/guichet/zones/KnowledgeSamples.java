package fr.guichet.zones;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.knowledge.ArticleAudience;
import fr.guichet.knowledge.ArticleContent;
import fr.guichet.knowledge.KnowledgeArticle;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.knowledge.TranslationContent;
import fr.guichet.shared.Language;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's objects for the access matrix's world ({@link RouteWorld}): {@code {kbslug}} a published
 * public article's French address, {@code {kbinternalslug}} a published internal one's, {@code {kbsection}} the address
 * of a category holding a published public article, {@code {kbdraft}} and {@code {kbpublished}} articles' ids,
 * {@code {kbcategory}} and {@code {kbempty}} categories' ids (the latter without any article).
 */
@Component
final class KnowledgeSamples {

    private static final List<KnowledgeSamples> RUNNING = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** A team lead who writes and publishes the samples (never saved: the knowledge base reads name and roles). */
    private static final AccountPrincipal PUBLISHER = new AccountPrincipal(UserAccount.create(
            UserProfile.staff(
                    "matrice.kb",
                    "Matrice KB",
                    "matrice.kb@example.fr",
                    EnumSet.of(Role.BACK_OFFICE, Role.TEAM_LEAD),
                    null,
                    null),
            "{noop}x",
            false,
            Instant.EPOCH));

    private final KnowledgeManagement knowledge;

    KnowledgeSamples(KnowledgeManagement knowledge) {
        this.knowledge = knowledge;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name) {
        KnowledgeSamples samples = RUNNING.get(0);
        return switch (name) {
            case "kbslug", "kbsection" -> {
                KnowledgeArticle article = samples.article(ArticleAudience.PUBLIC, true);
                yield name.equals("kbslug")
                        ? slug(article)
                        : samples.knowledge.category(article.getCategoryId()).getSlug();
            }
            case "kbinternalslug" -> slug(samples.article(ArticleAudience.INTERNAL, true));
            case "kbdraft" -> samples.article(ArticleAudience.PUBLIC, false).getId();
            case "kbpublished" -> samples.article(ArticleAudience.PUBLIC, true).getId();
            case "kbcategory", "kbempty" -> samples.category();
            default -> throw new IllegalArgumentException("No such knowledge object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        KnowledgeSamples samples = RUNNING.get(0);
        return switch (name) {
            case "kbdraft", "kbpublished" -> samples.knowledge.get((Long) value).getVersion();
            case "kbcategory", "kbempty" ->
                samples.knowledge.category((Long) value).getVersion();
            default -> throw new UnsupportedOperationException(name);
        };
    }

    private long category() {
        int n = SEQUENCE.incrementAndGet();
        return knowledge
                .addCategory(
                        "matrice-" + RUN + "-" + n, "Rubrique matrice " + n, "Matrix category " + n, 900, PUBLISHER)
                .getId();
    }

    private KnowledgeArticle article(ArticleAudience audience, boolean published) {
        int n = SEQUENCE.incrementAndGet();
        KnowledgeArticle article = knowledge.write(
                new ArticleContent(
                        category(),
                        audience,
                        Map.of(
                                Language.FR,
                                new TranslationContent(
                                        "Article matrice " + RUN + " " + n, "", "", "Texte de l'article matrice"),
                                Language.EN,
                                new TranslationContent(
                                        "Matrix article " + RUN + " " + n, "", "", "Text of the matrix article")),
                        List.of(),
                        null),
                PUBLISHER);
        return published ? knowledge.publish(article.getId(), article.getVersion(), PUBLISHER) : article;
    }

    private static String slug(KnowledgeArticle article) {
        return article.translation(Language.FR).orElseThrow().slug();
    }
}
