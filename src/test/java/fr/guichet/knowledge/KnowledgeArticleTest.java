package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static ArticleContent content(String titleFr, String bodyFr) {
        return new ArticleContent(
                1L,
                ArticleAudience.PUBLIC,
                Map.of(
                        Language.FR, new TranslationContent(titleFr, "mon-article", "", bodyFr),
                        Language.EN, new TranslationContent("", "", "", "")),
                List.of(),
                null);
    }

    @Test
    void aDraftIsPublishedThenArchivedThenPublishedAgain() {
        KnowledgeArticle article = KnowledgeArticle.draft(content("Titre", "Texte"), "Inès", NOW);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.isVisibleToEveryone()).isFalse();
        article.publish("Sophie", NOW);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.getPublishedBy()).isEqualTo("Sophie");
        assertThat(article.isVisibleToEveryone()).isTrue();
        assertThatThrownBy(() -> article.publish("Sophie", NOW))
                .isInstanceOf(KnowledgeActRefused.class)
                .hasMessageContaining("already-published");
        article.archive("Sophie", NOW);
        assertThat(article.isVisibleToEveryone()).isFalse();
        assertThatThrownBy(() -> article.archive("Sophie", NOW)).isInstanceOf(KnowledgeActRefused.class);
        article.publish("Sophie", NOW);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void anInternalArticleIsNeverVisibleToEveryoneEvenPublished() {
        ArticleContent internal = new ArticleContent(
                1L,
                ArticleAudience.INTERNAL,
                Map.of(Language.FR, new TranslationContent("Procédure", "procedure", "", "Texte")),
                List.of(),
                null);
        KnowledgeArticle article = KnowledgeArticle.draft(internal, "Inès", NOW);
        article.publish("Sophie", NOW);
        assertThat(article.isVisibleToEveryone()).isFalse();
    }

    @Test
    void theBodyIsSanitisedAndAnEmptyLanguageIsNotKept() {
        KnowledgeArticle article = KnowledgeArticle.draft(
                content(
                        "Titre",
                        "Bonjour <script>alert(1)</script> [lien](javascript:alert(2)) <img src=x onerror=alert(3)>"),
                "Inès",
                NOW);
        KnowledgeTranslation fr = article.translation(Language.FR).orElseThrow();
        assertThat(fr.bodyHtml()).doesNotContain("<script", "javascript:", "onerror");
        assertThat(fr.bodyText()).startsWith("Bonjour");
        assertThat(fr.summary()).startsWith("Bonjour");
        assertThat(fr.summaryIsDerived())
                .as("shown blank in the editor, so that it follows the text")
                .isTrue();
        assertThat(article.languages()).containsExactly(Language.FR);
    }

    @Test
    void aLanguageWithATitleButNoTextIsRefusedOnItsField() {
        assertThatThrownBy(() -> KnowledgeArticle.draft(content("Titre", " "), "Inès", NOW))
                .isInstanceOfSatisfying(
                        KnowledgeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("bodyFr"));
        ArticleContent nothing = new ArticleContent(
                1L,
                ArticleAudience.PUBLIC,
                Map.of(Language.FR, new TranslationContent("", "", "", "")),
                List.of(),
                null);
        assertThatThrownBy(() -> KnowledgeArticle.draft(nothing, "Inès", NOW))
                .isInstanceOfSatisfying(
                        KnowledgeRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("knowledge.error.no-language"));
    }

    @Test
    void slugsAreMadeFromTitlesWithoutAccents() {
        assertThat(Slugs.of("Réinitialiser son mot de passe !")).isEqualTo("reinitialiser-son-mot-de-passe");
        assertThat(Slugs.of("L'imprimante est « hors ligne »")).isEqualTo("l-imprimante-est-hors-ligne");
        assertThat(Slugs.isValid("vpn-2")).isTrue();
        assertThat(Slugs.isValid("VPN")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("../admin")).isFalse();
    }

    @Test
    void aLongBodyGivesASummaryCutAtAWord() {
        String summary = KnowledgeArticle.shortened("mot ".repeat(100).strip(), 200);
        assertThat(summary).hasSizeLessThanOrEqualTo(201).endsWith("…").doesNotContain("mo…");
    }

    @Test
    void backOfficeWritesTeamLeadsWebmastersAndAdministratorsPublish() {
        KnowledgeArticle draft = KnowledgeArticle.draft(content("Titre", "Texte"), "Inès", NOW);
        KnowledgeArticle published = KnowledgeArticle.draft(content("Titre", "Texte"), "Inès", NOW);
        published.publish("Sophie", NOW);
        AccountPrincipal backOffice = staff(Role.BACK_OFFICE);
        assertThat(KnowledgePublishingPolicy.mayWrite(backOffice)).isTrue();
        assertThat(KnowledgePublishingPolicy.mayPublish(backOffice)).isFalse();
        assertThat(KnowledgePublishingPolicy.mayChange(backOffice, draft)).isTrue();
        assertThat(KnowledgePublishingPolicy.mayChange(backOffice, published)).isFalse();
        for (Role publisher : List.of(Role.TEAM_LEAD, Role.WEBMASTER, Role.ADMIN)) {
            AccountPrincipal user = staff(publisher);
            assertThat(KnowledgePublishingPolicy.mayWrite(user))
                    .as(publisher.name())
                    .isTrue();
            assertThat(KnowledgePublishingPolicy.mayPublish(user))
                    .as(publisher.name())
                    .isTrue();
            assertThat(KnowledgePublishingPolicy.mayChange(user, published))
                    .as(publisher.name())
                    .isTrue();
        }
        AccountPrincipal frontOffice = staff(Role.FRONT_OFFICE);
        assertThat(KnowledgePublishingPolicy.mayWrite(frontOffice)).isFalse();
        assertThat(KnowledgePublishingPolicy.mayPublish(frontOffice)).isFalse();
        AccountPrincipal customer = new AccountPrincipal(UserAccount.create(
                UserProfile.customer("client-x", "Client", "client@example.fr", 1L), "{noop}x", false, NOW));
        assertThat(KnowledgePublishingPolicy.mayWrite(customer)).isFalse();
        assertThatThrownBy(() -> KnowledgePublishingPolicy.requirePublish(backOffice))
                .isInstanceOf(KnowledgeCallerRefused.class);
    }

    private static AccountPrincipal staff(Role role) {
        return new AccountPrincipal(UserAccount.create(
                UserProfile.staff("u-" + role, "User " + role, "u@example.fr", EnumSet.of(role), null, null),
                "{noop}x",
                false,
                NOW));
    }
}
