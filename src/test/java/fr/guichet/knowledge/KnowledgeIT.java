package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.Language;
import fr.guichet.shared.SitemapSource;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MvcResult;

/** The knowledge base end to end: the editor, publishing rights, what readers may see, votes, languages. */
class KnowledgeIT extends IntegrationTest {

    @Autowired
    KnowledgeManagement knowledge;

    @Autowired
    KnowledgeViews views;

    @Autowired
    List<SitemapSource> sitemap;

    @LocalServerPort
    int port;

    private AccountPrincipal writer;
    private AccountPrincipal lead;
    private long category;

    @BeforeEach
    void people() {
        writer = new AccountPrincipal(staff(Role.BACK_OFFICE));
        lead = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.TEAM_LEAD));
        category = knowledge.categories().get(0).getId();
    }

    private KnowledgeArticle article(String title, ArticleAudience audience, boolean publish) {
        KnowledgeArticle article = knowledge.write(
                new ArticleContent(
                        category,
                        audience,
                        Map.of(
                                Language.FR, new TranslationContent(title, "", "", "Texte de " + title),
                                Language.EN, new TranslationContent(title + " EN", "", "", "Text of " + title)),
                        List.of(),
                        null),
                writer);
        return publish ? knowledge.publish(article.getId(), article.getVersion(), lead) : article;
    }

    private String slug(KnowledgeArticle article, Language language) {
        return knowledge
                .get(article.getId())
                .translation(language)
                .orElseThrow()
                .slug();
    }

    @Test
    void internalArticlesAndDraftsNeverReachVisitorsOrCustomers() throws Exception {
        String internalTitle = unique("Procedure interne");
        String draftTitle = unique("Brouillon");
        String publicTitle = unique("Article public");
        KnowledgeArticle internal = article(internalTitle, ArticleAudience.INTERNAL, true);
        KnowledgeArticle draft = article(draftTitle, ArticleAudience.PUBLIC, false);
        KnowledgeArticle shown = article(publicTitle, ArticleAudience.PUBLIC, true);
        UserAccount customer = customerUser();

        HttpSession visitor = new HttpSession(port);
        String help = visitor.get("/help").body();
        assertThat(help).contains(publicTitle).doesNotContain(internalTitle).doesNotContain(draftTitle);
        String section = visitor.get(
                        "/help/categories/" + knowledge.category(category).getSlug())
                .body();
        assertThat(section).contains(publicTitle).doesNotContain(internalTitle).doesNotContain(draftTitle);
        assertThat(visitor.get("/help/articles/" + slug(shown, Language.FR)).statusCode())
                .isEqualTo(200);
        for (KnowledgeArticle hidden : List.of(internal, draft)) {
            for (Language language : Language.values()) {
                assertThat(visitor.get("/help/articles/" + slug(hidden, language))
                                .statusCode())
                        .as("a visitor opening %s", slug(hidden, language))
                        .isEqualTo(404);
                MvcResult asCustomer = mvc.perform(get("/help/articles/" + slug(hidden, language))
                                .with(user(new AccountPrincipal(customer))))
                        .andReturn();
                assertThat(asCustomer.getResponse().getStatus()).isEqualTo(404);
                MvcResult asStaff = mvc.perform(
                                get("/help/articles/" + slug(hidden, language)).with(user(lead)))
                        .andReturn();
                assertThat(asStaff.getResponse().getStatus())
                        .as("staff read internal articles in the back office only")
                        .isEqualTo(404);
            }
        }
        assertThat(visitor.post("/help/articles/" + slug(internal, Language.FR) + "/vote", "helpful", "yes")
                        .statusCode())
                .isIn(403, 404);
        List<String> paths = sitemap.stream()
                .flatMap(source -> source.entries().stream())
                .map(SitemapSource.Entry::path)
                .toList();
        assertThat(paths)
                .contains("/help/articles/" + slug(shown, Language.FR), "/help/articles/" + slug(shown, Language.EN))
                .doesNotContain("/help/articles/" + slug(internal, Language.FR))
                .doesNotContain("/help/articles/" + slug(draft, Language.FR))
                .contains("/help/categories/" + knowledge.category(category).getSlug());

        // staff read the internal article in the back office
        MvcResult back = mvc.perform(get("/back/knowledge/" + internal.getId()).with(user(writer)))
                .andReturn();
        assertThat(back.getResponse().getStatus()).isEqualTo(200);
        assertThat(back.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(internalTitle);
    }

    @Test
    void theEditorKeepsWhatWasTypedAndSaysWhatIsWrongNextToTheField() throws Exception {
        MvcResult result = mvc.perform(post("/back/knowledge")
                        .with(user(writer))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", "")
                        .param("bodyFr", "A typed text **to keep**")
                        .param("titleEn", "Only a title")
                        .param("slugEn", "Not A Slug!")
                        .param("version", "0"))
                .andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page)
                .contains("Donnez un titre à l’article dans cette langue.")
                .contains("id=\"slugEn-error\"")
                .contains("id=\"bodyEn-error\"")
                .contains("A typed text **to keep**")
                .contains("Only a title")
                .contains("id=\"titleFr-error\"");

        MvcResult noCategory = mvc.perform(post("/back/knowledge")
                        .with(user(writer))
                        .with(csrf())
                        .param("audience", "PUBLIC")
                        .param("titleFr", "Titre")
                        .param("bodyFr", "Texte")
                        .param("version", "0"))
                .andReturn();
        assertThat(noCategory.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"categoryId-error\"")
                .contains("value=\"Titre\"");
    }

    @Test
    void aWrittenArticleIsSavedSanitisedWithASlugPerLanguageAndAStaleVersionIsAConflict() throws Exception {
        String title = unique("Reseau lent");
        MvcResult created = mvc.perform(post("/back/knowledge")
                        .with(user(writer))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", title)
                        .param(
                                "bodyFr",
                                "Redémarrez <script>alert('x')</script><img src=x onerror=alert(1)>"
                                        + " [clic](javascript:alert(2))")
                        .param("version", "0"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        KnowledgeArticle article = knowledge.get(id);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        KnowledgeTranslation fr = article.translation(Language.FR).orElseThrow();
        assertThat(fr.slug()).isEqualTo(Slugs.of(title));
        assertThat(article.translation(Language.EN)).isEmpty();
        article = knowledge.publish(id, article.getVersion(), lead);
        String shown = new HttpSession(port).get("/help/articles/" + fr.slug()).body();
        assertThat(shown).contains("Redémarrez").doesNotContain("alert(").doesNotContain("onerror");

        // the same title again gets the next free address
        KnowledgeArticle twin = article(title, ArticleAudience.PUBLIC, false);
        assertThat(slug(twin, Language.FR)).isEqualTo(Slugs.of(title) + "-2");

        int stale = article.getVersion() - 1;
        MvcResult conflict = mvc.perform(post("/back/knowledge/" + id)
                        .with(user(lead))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", title + " changed")
                        .param("bodyFr", "Autre texte")
                        .param("version", String.valueOf(stale)))
                .andReturn();
        assertThat(conflict.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Quelqu’un d’autre a modifié cette fiche")
                .contains(title + " changed");
        assertThat(knowledge.get(id).translation(Language.FR).orElseThrow().title())
                .isEqualTo(title);
        assertThatThrownBy(() -> knowledge.publish(id, stale, lead))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void onlyTeamLeadsWebmastersAndAdministratorsPublishArchiveOrChangeWhatReadersSee() throws Exception {
        KnowledgeArticle draft = article(unique("À publier"), ArticleAudience.PUBLIC, false);
        MvcResult refused = mvc.perform(post("/back/knowledge/" + draft.getId() + "/publish")
                        .with(user(writer))
                        .with(csrf())
                        .param("version", String.valueOf(draft.getVersion())))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(knowledge.get(draft.getId()).getStatus()).isEqualTo(ArticleStatus.DRAFT);

        AccountPrincipal webmaster = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.WEBMASTER));
        MvcResult published = mvc.perform(post("/back/knowledge/" + draft.getId() + "/publish")
                        .with(user(webmaster))
                        .with(csrf())
                        .param("version", String.valueOf(draft.getVersion())))
                .andReturn();
        assertThat(published.getResponse().getStatus()).isEqualTo(302);
        KnowledgeArticle live = knowledge.get(draft.getId());
        assertThat(live.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

        // a writer without the right may no longer change it, nor open its editor
        assertThat(mvc.perform(get("/back/knowledge/" + live.getId() + "/edit").with(user(writer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThatThrownBy(() -> knowledge.change(
                        live.getId(),
                        live.getVersion(),
                        new ArticleContent(
                                category,
                                ArticleAudience.PUBLIC,
                                Map.of(Language.FR, new TranslationContent("Changé", "", "", "Texte")),
                                List.of(),
                                null),
                        writer))
                .isInstanceOf(KnowledgeCallerRefused.class);
        assertThatThrownBy(() -> knowledge.archive(live.getId(), live.getVersion(), writer))
                .isInstanceOf(KnowledgeCallerRefused.class);
        AccountPrincipal admin = new AccountPrincipal(staff(Role.ADMIN));
        // "save and publish": a publisher's button; a writer's save stays a draft whatever the form says
        MvcResult byWriter = mvc.perform(post("/back/knowledge")
                        .with(user(writer))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", unique("Ecrit et publie"))
                        .param("bodyFr", "Texte")
                        .param("publishNow", "true")
                        .param("version", "0"))
                .andReturn();
        long writersId =
                Long.parseLong(byWriter.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(knowledge.get(writersId).getStatus()).isEqualTo(ArticleStatus.DRAFT);
        MvcResult byLead = mvc.perform(post("/back/knowledge")
                        .with(user(lead))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", unique("Ecrit et publie"))
                        .param("bodyFr", "Texte")
                        .param("publishNow", "true")
                        .param("version", "0"))
                .andReturn();
        long leadsId = Long.parseLong(byLead.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(knowledge.get(leadsId).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

        assertThat(knowledge.archive(live.getId(), live.getVersion(), admin).getStatus())
                .isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(new HttpSession(port)
                        .get("/help/articles/" + slug(live, Language.FR))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aVisitorsVoteIsCountedOnceAndMayBeChanged() {
        KnowledgeArticle article = article(unique("Utile"), ArticleAudience.PUBLIC, true);
        String path = "/help/articles/" + slug(article, Language.FR);
        HttpSession visitor = new HttpSession(port);
        visitor.get(path);
        assertThat(visitor.post(path + "/vote", "helpful", "yes").statusCode()).isEqualTo(302);
        assertThat(visitor.cookie(PublicHelpControllerAccess.VOTER_COOKIE)).isNotBlank();
        visitor.get(path);
        visitor.post(path + "/vote", "helpful", "yes");
        KnowledgeArticle counted = knowledge.get(article.getId());
        assertThat(counted.getHelpfulYes()).isEqualTo(1);
        assertThat(counted.getHelpfulNo()).isZero();

        HttpResponse<String> again = visitor.get(path);
        assertThat(again.body()).contains("aria-pressed=\"true\"");
        visitor.post(path + "/vote", "helpful", "no");
        counted = knowledge.get(article.getId());
        assertThat(counted.getHelpfulYes()).isZero();
        assertThat(counted.getHelpfulNo()).isEqualTo(1);

        HttpSession another = new HttpSession(port);
        another.get(path);
        another.post(path + "/vote", "helpful", "yes");
        assertThat(knowledge.get(article.getId()).getHelpfulYes()).isEqualTo(1);

        MvcResult list = perform(get("/back/knowledge").with(user(writer)));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anArticleIsKeptInThePublicCacheWithoutSessionAndItsVoteIsCheckedByItsOrigin() throws Exception {
        String title = unique("Article en cache");
        KnowledgeArticle article = article(title, ArticleAudience.PUBLIC, true);
        String path = "/help/articles/" + slug(article, Language.FR);
        HttpSession reader = new HttpSession(port);
        HttpResponse<String> first = reader.get(path);
        HttpResponse<String> again = reader.get(path);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("X-Guichet-Cache")).contains("hit");
        assertThat(again.body())
                .contains(title)
                .contains("id=\"vote\"")
                .doesNotContain("_csrf")
                .doesNotContain("data-csrf-token")
                .doesNotContain("aria-pressed=\"true\"");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(reader.cookie("GUICHET_SESSION"))
                .as("no session for a reader")
                .isNull();

        // another site's page cannot make a browser vote: without the token, only this site's own pages may
        HttpSession lured = new HttpSession(port);
        lured.get(path);
        assertThat(lured.postWithOrigin("https://elsewhere.example", path + "/vote", "helpful", "no")
                        .statusCode())
                .isEqualTo(403);
        MvcResult crossSite = mvc.perform(post(path + "/vote")
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://localhost")
                        .param("helpful", "no"))
                .andReturn();
        assertThat(crossSite.getResponse().getStatus()).isEqualTo(403);
        MvcResult noOrigin =
                mvc.perform(post(path + "/vote").param("helpful", "no")).andReturn();
        assertThat(noOrigin.getResponse().getStatus()).isEqualTo(403);
        assertThat(knowledge.get(article.getId()).getHelpfulNo()).isZero();

        HttpResponse<String> voted = reader.post(path + "/vote", "helpful", "yes");
        assertThat(voted.statusCode()).isEqualTo(302);
        assertThat(reader.cookie("GUICHET_SESSION"))
                .as("no session for a voter")
                .isNull();
        assertThat(voted.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith(path + "?voted#vote"));
        assertThat(knowledge.get(article.getId()).getHelpfulYes()).isEqualTo(1);
        assertThat(reader.get(path + "?voted").body()).contains("Merci pour votre avis");
        HttpResponse<String> mine = reader.get(path);
        assertThat(mine.headers().firstValue("X-Guichet-Cache"))
                .as("a voter's page shows their vote: never the cached one")
                .isEmpty();
        assertThat(mine.body()).contains("aria-pressed=\"true\"").doesNotContain("data-csrf-token");
        assertThat(reader.cookie("GUICHET_SESSION"))
                .as("no session for a voter either")
                .isNull();
        HttpResponse<String> someoneElse = new HttpSession(port).get(path);
        assertThat(someoneElse.headers().firstValue("X-Guichet-Cache")).contains("hit");
        assertThat(someoneElse.body()).doesNotContain("aria-pressed=\"true\"");

        MvcResult sameOrigin = mvc.perform(post(path + "/vote")
                        .header("Sec-Fetch-Site", "same-origin")
                        .header("HX-Request", "true")
                        .param("helpful", "yes"))
                .andReturn();
        assertThat(sameOrigin.getResponse().getStatus())
                .as("htmx from the page")
                .isEqualTo(200);
        assertThat(knowledge.get(article.getId()).getHelpfulYes()).isEqualTo(2);
    }

    @Test
    void theEditorSetsRelatedArticlesAndReadersSeeOnlyThePublicOnes() throws Exception {
        String title = unique("Article principal");
        KnowledgeArticle main = article(title, ArticleAudience.PUBLIC, true);
        String shownTitle = unique("Article voisin");
        KnowledgeArticle shown = article(shownTitle, ArticleAudience.PUBLIC, true);
        String internalTitle = unique("Procedure voisine interne");
        KnowledgeArticle internal = article(internalTitle, ArticleAudience.INTERNAL, true);
        String draftTitle = unique("Brouillon voisin");
        KnowledgeArticle draft = article(draftTitle, ArticleAudience.PUBLIC, false);

        MvcResult saved = mvc.perform(post("/back/knowledge/" + main.getId())
                        .with(user(lead))
                        .with(csrf())
                        .param("categoryId", String.valueOf(category))
                        .param("audience", "PUBLIC")
                        .param("titleFr", title)
                        .param("bodyFr", "Texte de " + title)
                        .param("titleEn", title + " EN")
                        .param("bodyEn", "Text of " + title)
                        .param("related", String.valueOf(internal.getId()))
                        .param("related", String.valueOf(shown.getId()))
                        .param("related", String.valueOf(draft.getId()))
                        .param("version", String.valueOf(main.getVersion())))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(knowledge.get(main.getId()).relatedIds())
                .as("kept in the editor's order")
                .containsExactly(internal.getId(), shown.getId(), draft.getId());

        HttpSession visitor = new HttpSession(port);
        String french = visitor.get("/help/articles/" + slug(main, Language.FR)).body();
        assertThat(french)
                .contains("Articles liés")
                .contains("href=\"/help/articles/" + slug(shown, Language.FR) + "\"")
                .contains(shownTitle)
                .doesNotContain(internalTitle)
                .doesNotContain(slug(internal, Language.FR))
                .doesNotContain(draftTitle);
        String english =
                visitor.get("/help/articles/" + slug(main, Language.EN)).body();
        assertThat(english)
                .contains("Related articles")
                .contains("href=\"/help/articles/" + slug(shown, Language.EN) + "\"")
                .contains(shownTitle + " EN")
                .doesNotContain(internalTitle);

        String lonely =
                visitor.get("/help/articles/" + slug(shown, Language.FR)).body();
        assertThat(lonely).as("no related articles, no list").doesNotContain("Articles liés");
    }

    @Test
    void withHtmxTheVoteAnswersItsOwnFragmentInTheArticlesLanguage() throws Exception {
        KnowledgeArticle article = article(unique("Fragment"), ArticleAudience.PUBLIC, true);
        MvcResult result = mvc.perform(post("/help/articles/" + slug(article, Language.EN) + "/vote")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .param("helpful", "no"))
                .andReturn();
        String fragment = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("id=\"vote\"")
                .contains("Thank you for your feedback.")
                .contains("Ask us your question");
        assertThat(result.getResponse().getHeader("Set-Cookie"))
                .contains("GUICHET_HELP_VOTER=")
                .contains("HttpOnly");
        assertThat(knowledge.get(article.getId()).getHelpfulNo()).isEqualTo(1);
    }

    @Test
    void categoriesHaveFreeAddressesAndOnlyAnEmptyOneIsRemoved() throws Exception {
        String name = unique("Rubrique");
        KnowledgeCategory added = knowledge.addCategory("", name, name + " EN", 70, lead);
        assertThat(added.getSlug()).isEqualTo(Slugs.of(name));
        MvcResult taken = mvc.perform(post("/back/knowledge/categories")
                        .with(user(lead))
                        .with(csrf())
                        .param("nameFr", "Autre")
                        .param("nameEn", "Other")
                        .param("slug", added.getSlug())
                        .param("position", "80")
                        .param("version", "0"))
                .andReturn();
        assertThat(taken.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"slug-error\"")
                .contains("value=\"Autre\"");
        KnowledgeArticle inside = knowledge.write(
                new ArticleContent(
                        added.getId(),
                        ArticleAudience.PUBLIC,
                        Map.of(Language.FR, new TranslationContent(unique("Dedans"), "", "", "Texte")),
                        List.of(),
                        null),
                writer);
        assertThat(inside.getCategoryId()).isEqualTo(added.getId());
        MvcResult refused = mvc.perform(post("/back/knowledge/categories/" + added.getId() + "/delete")
                        .with(user(lead))
                        .with(csrf())
                        .param("version", String.valueOf(added.getVersion())))
                .andReturn();
        assertThat(refused.getFlashMap().get("error")).isEqualTo("knowledge.error.category-not-empty");
        assertThat(knowledge.category(added.getId()).getSlug()).isEqualTo(added.getSlug());
        KnowledgeCategory empty = knowledge.addCategory("", unique("Vide"), "Empty", 90, lead);
        assertThatThrownBy(() -> knowledge.removeCategory(empty.getId(), empty.getVersion(), writer))
                .isInstanceOf(KnowledgeCallerRefused.class);
        knowledge.removeCategory(empty.getId(), empty.getVersion(), lead);
        assertThatThrownBy(() -> knowledge.category(empty.getId())).isInstanceOf(UnknownCategory.class);
    }

    @Test
    void anArticleSpeaksTheLanguageOfItsAddressAndLinksTheOther() {
        KnowledgeArticle article = article(unique("Imprimante"), ArticleAudience.PUBLIC, true);
        String fr = slug(article, Language.FR);
        String en = slug(article, Language.EN);
        HttpSession visitor = new HttpSession(port);
        HttpResponse<String> english = visitor.get("/help/articles/" + en);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains("Was this article helpful?")
                .contains("hreflang=\"fr\"")
                .contains("/help/articles/" + fr);
        HttpResponse<String> french = visitor.get("/help/articles/" + fr);
        assertThat(french.body()).contains("<html lang=\"fr\"").contains("Cet article vous a-t-il aidé ?");
        HttpResponse<String> switched = visitor.get("/help/articles/" + fr + "?lang=en");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/help/articles/" + en);
    }

    @Test
    void theListFiltersAndCountsByState() throws Exception {
        article(unique("Filtre interne"), ArticleAudience.INTERNAL, false);
        MvcResult result = perform(get("/back/knowledge")
                .param("audience", "INTERNAL")
                .param("status", "DRAFT")
                .with(user(writer)));
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Filtre interne").doesNotContain("Télécharger vos factures");
        ArticlePage internalDrafts = views.list(
                new ArticleFilter(ArticleStatus.DRAFT, null, ArticleAudience.INTERNAL, null),
                0,
                25,
                java.util.Locale.FRENCH);
        assertThat(internalDrafts.rows())
                .allMatch(r -> r.audience() == ArticleAudience.INTERNAL && r.status() == ArticleStatus.DRAFT);
        assertThat(internalDrafts.byStatus().get(ArticleStatus.PUBLISHED)).isPositive();

        String wanted = unique("Cherche-moi");
        article(wanted, ArticleAudience.PUBLIC, false);
        String found = perform(get("/back/knowledge")
                        .param("q", wanted.toLowerCase() + " EN")
                        .with(user(writer)))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains(wanted).contains("1–1 sur 1");
        String none = perform(
                        get("/back/knowledge").param("q", "100%_introuvable").with(user(writer)))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("Aucun article ne correspond à ces filtres.");
    }

    private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
