package fr.guichet.knowledge.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.knowledge.ArticleFilter;
import fr.guichet.knowledge.ArticlePage;
import fr.guichet.knowledge.ArticleStatus;
import fr.guichet.knowledge.KnowledgePublishingPolicy;
import fr.guichet.knowledge.KnowledgeViews;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the back office's home of those who publish (team leads, webmasters, administrators): the knowledge articles
 * written and waiting for them, the latest first, with their count opening the whole list of drafts.
 */
@Component
class KnowledgeReviewPanel implements StaffHomePanel {

    private static final int SHOWN = 5;

    private final KnowledgeViews views;

    KnowledgeReviewPanel(KnowledgeViews views) {
        this.views = views;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "knowledge/home-panel :: review";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (home != Home.BACK || !KnowledgePublishingPolicy.mayPublish(user)) {
            return Optional.empty();
        }
        ArticlePage drafts = views.list(
                new ArticleFilter(ArticleStatus.DRAFT, null, null, null, null),
                0,
                SHOWN,
                LocaleContextHolder.getLocale());
        if (drafts.total() == 0) {
            return Optional.empty();
        }
        return Optional.of(Map.of("drafts", drafts.rows(), "total", drafts.total()));
    }
}
