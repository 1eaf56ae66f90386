package fr.guichet.knowledge;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import java.util.Set;

/**
 * Who writes and who publishes help articles, one rule for the pages and any API: every back-office member (back
 * office, team lead, webmaster, administrator) writes and changes drafts; only a team lead, a webmaster or an
 * administrator publishes, archives, changes an article that readers see (published), and arranges the categories.
 */
public final class KnowledgePublishingPolicy {

    private static final Set<Role> WRITERS = Set.of(Role.BACK_OFFICE, Role.TEAM_LEAD, Role.WEBMASTER, Role.ADMIN);
    private static final Set<Role> PUBLISHERS = Set.of(Role.TEAM_LEAD, Role.WEBMASTER, Role.ADMIN);

    private KnowledgePublishingPolicy() {}

    public static boolean mayWrite(AccountPrincipal user) {
        return isStaff(user) && WRITERS.stream().anyMatch(user::hasRole);
    }

    public static boolean mayPublish(AccountPrincipal user) {
        return isStaff(user) && PUBLISHERS.stream().anyMatch(user::hasRole);
    }

    /** Whether this user may change this article now: a writer a draft or an archived one, a publisher any. */
    public static boolean mayChange(AccountPrincipal user, KnowledgeArticle article) {
        return article.getStatus() == ArticleStatus.PUBLISHED ? mayPublish(user) : mayWrite(user);
    }

    public static void requireWrite(AccountPrincipal user) {
        if (!mayWrite(user)) {
            throw new KnowledgeCallerRefused("knowledge.error.may-not-write");
        }
    }

    public static void requirePublish(AccountPrincipal user) {
        if (!mayPublish(user)) {
            throw new KnowledgeCallerRefused("knowledge.error.may-not-publish");
        }
    }

    public static void requireChange(AccountPrincipal user, KnowledgeArticle article) {
        if (!mayChange(user, article)) {
            throw new KnowledgeCallerRefused("knowledge.error.may-not-change-published");
        }
    }

    private static boolean isStaff(AccountPrincipal user) {
        return user != null && user.getKind() == AccountKind.STAFF;
    }
}
