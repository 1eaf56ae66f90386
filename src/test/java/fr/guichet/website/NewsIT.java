package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import fr.guichet.shared.PublicContentChanged;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The site's news: the webmaster's editor (errors next to the fields, the text kept, conflicts), drafts and scheduled
 * items unseen by visitors, the list newest first by keyset, the Atom feed, and the cache told of every change.
 */
@RecordApplicationEvents
class NewsIT extends IntegrationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** Later than anything the demo or an earlier run wrote: this run's items come first in the lists. */
    private static final LocalDate FAR =
            LocalDate.of(2100, 1, 1).plusDays(System.currentTimeMillis() / 60_000 % 30_000);

    @Autowired
    NewsManagement news;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private HttpSession webmaster() {
        HttpSession session = new HttpSession(port);
        session.login(staff(Role.BACK_OFFICE, Role.WEBMASTER).getUsername(), PASSWORD);
        session.get("/back/website/news");
        return session;
    }

    @Test
    void theEditorTellsBadInputNextToItsFieldAndKeepsWhatWasTyped() {
        HttpSession webmaster = webmaster();
        assertThat(webmaster.get("/back/website/news/new").statusCode()).isEqualTo(200);
        String refused = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/news",
                        "language",
                        "FR",
                        "title",
                        "",
                        "slug",
                        "Pas Valide !",
                        "date",
                        "2026-11-20",
                        "summary",
                        "Un résumé gardé",
                        "bodyMarkdown",
                        "Un **texte** gardé",
                        "version",
                        "0")
                .body());
        assertThat(refused)
                .contains("id=\"title-error\"")
                .contains("Un résumé gardé")
                .contains("Un **texte** gardé")
                .contains("value=\"Pas Valide !\"");

        String badSlug = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/news",
                        "language",
                        "FR",
                        "title",
                        "Un titre",
                        "slug",
                        "Pas Valide !",
                        "date",
                        "2026-11-20",
                        "summary",
                        "Un résumé",
                        "bodyMarkdown",
                        "",
                        "version",
                        "0")
                .body());
        assertThat(badSlug).contains("id=\"slug-error\"").contains("lettres minuscules sans accents");

        NewsItem existing = news.create(draft(Language.FR, unique("Existante"), unique("existante")), "test");
        String taken = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/news",
                        "language",
                        "EN",
                        "title",
                        "Another",
                        "slug",
                        existing.getSlug(),
                        "date",
                        "2026-11-20",
                        "summary",
                        "Summary",
                        "bodyMarkdown",
                        "",
                        "version",
                        "0")
                .body());
        assertThat(taken).contains("id=\"slug-error\"").contains("déjà celle d’une autre actualité");

        String badDate = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/news",
                        "language",
                        "FR",
                        "title",
                        "Date fausse",
                        "slug",
                        "",
                        "date",
                        "2026-13-45",
                        "summary",
                        "Résumé",
                        "bodyMarkdown",
                        "",
                        "version",
                        "0")
                .body());
        assertThat(badDate).contains("id=\"date-error\"").contains("value=\"2026-13-45\"");
    }

    @Test
    void aDraftIsUnseenUntilPublishedAndASlugIsMadeFromTheTitle() {
        HttpSession webmaster = webmaster();
        String title = "Été " + unique("Nouveauté");
        HttpResponse<String> created = webmaster.post(
                "/back/website/news",
                "language",
                "FR",
                "title",
                title,
                "slug",
                "",
                "date",
                FAR.toString(),
                "summary",
                "Résumé du brouillon",
                "bodyMarkdown",
                "Texte",
                "version",
                "0");
        assertThat(created.statusCode()).isEqualTo(302);
        String editor = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        long id = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
        NewsItem item = news.get(id);
        assertThat(item.getSlug()).startsWith("ete-nouveaute-").matches("[a-z0-9-]+");
        assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);

        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/news/" + item.getSlug()).statusCode()).isEqualTo(404);
        assertThat(HtmlUtils.htmlUnescape(visitor.get("/news").body())).doesNotContain(title);
        assertThat(HtmlUtils.htmlUnescape(
                        webmaster.get("/back/website/news/" + id + "/preview").body()))
                .contains(title)
                .contains("Aperçu d’un brouillon");

        webmaster.get(editor);
        assertThat(webmaster
                        .post(
                                "/back/website/news/" + id + "/publish",
                                "version",
                                String.valueOf(news.get(id).getVersion()))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> online = visitor.get("/news/" + item.getSlug());
        assertThat(online.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(online.body()))
                .contains(title)
                .contains("rel=\"alternate\" type=\"application/atom+xml\"");
        assertThat(HtmlUtils.htmlUnescape(visitor.get("/news").body())).contains(title);

        webmaster.get(editor);
        assertThat(webmaster
                        .post(
                                "/back/website/news/" + id + "/unpublish",
                                "version",
                                String.valueOf(news.get(id).getVersion()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(visitor.get("/news/" + item.getSlug()).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledItemShowsOnlyFromItsInstant() {
        NewsItem item = news.create(draft(Language.FR, unique("Programmée"), unique("programmee")), "test");
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS);
        item = news.publish(item.getId(), item.getVersion(), later, "test");
        assertThat(item.isScheduledAt(Instant.now())).isTrue();
        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/news/" + item.getSlug()).statusCode()).isEqualTo(404);
        assertThat(news.visible()).extracting(NewsItem::getId).doesNotContain(item.getId());
        news.publish(item.getId(), item.getVersion(), null, "test");
        assertThat(visitor.get("/news/" + item.getSlug()).statusCode()).isEqualTo(200);
    }

    @Test
    void theListIsNewestFirstInTheReadersLanguageAndPagesByKeyset() {
        String run = unique("ordre");
        LocalDate top = FAR.plusDays(1000);
        NewsItem old = published(Language.EN, "Oldest " + run, top.minusDays(2));
        NewsItem middle = published(Language.EN, "Middle " + run, top.minusDays(1));
        NewsItem newest = published(Language.EN, "Newest " + run, top);
        NewsItem french = published(Language.FR, "Française " + run, top);

        String english = HtmlUtils.htmlUnescape(
                new HttpSession(port).get("/news?lang=en").body());
        assertThat(english.indexOf("Newest " + run))
                .isPositive()
                .isLessThan(english.indexOf("Middle " + run))
                .isLessThan(english.indexOf("Oldest " + run));
        assertThat(english).doesNotContain("Française " + run);
        assertThat(HtmlUtils.htmlUnescape(
                        new HttpSession(port).get("/news?lang=fr").body()))
                .contains("Française " + run)
                .doesNotContain("Newest " + run);

        NewsManagement.NewsPage first = news.published(Language.EN, null, 2);
        assertThat(first.items()).extracting(NewsItem::getId).containsExactly(newest.getId(), middle.getId());
        assertThat(first.nextBefore()).isEqualTo(middle.getId());
        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        NewsManagement.NewsPage second = news.published(Language.EN, first.nextBefore(), 2);
        assertThat(second.items().get(0).getId()).isEqualTo(old.getId());
        assertThat(new HttpSession(port)
                        .get("/news?lang=en&before=" + middle.getId())
                        .body())
                .contains("Oldest " + run)
                .doesNotContain("Newest " + run);
        assertThat(french.getLanguage()).isEqualTo(Language.FR);
    }

    @Test
    void noScriptWrittenInAnItemReachesAVisitor() {
        NewsItem item = news.create(
                new NewsDraft(
                        Language.FR,
                        "Piège <script>alert(1)</script>",
                        unique("piege"),
                        FAR.minusDays(5),
                        "Résumé <img src=x onerror=alert(2)>",
                        "Bonjour <script>alert(3)</script>\n\n<img src=\"/media/1/x.png\" onerror=\"alert(4)\">\n\n"
                                + "[clic](javascript:alert(5)) <a href=\"javascript:alert(6)\">lien</a>"),
                "test");
        news.publish(item.getId(), item.getVersion(), null, "test");
        String page = new HttpSession(port).get("/news/" + item.getSlug()).body();
        assertThat(page)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x onerror")
                .doesNotContain("onerror=\"alert(4)\"")
                .doesNotContain("href=\"javascript:")
                .contains("<img src=\"/media/1/x.png\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aChangeMadeMeanwhileIsAConflictAndTheTextIsKept() {
        NewsItem item = news.create(draft(Language.FR, unique("Conflit"), unique("conflit")), "test");
        int read = item.getVersion();
        news.change(item.getId(), read, draft(Language.FR, "Changée ailleurs", item.getSlug()), "autre");
        HttpSession webmaster = webmaster();
        webmaster.get("/back/website/news/" + item.getId());
        String page = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/news/" + item.getId(),
                        "language",
                        "FR",
                        "title",
                        "Ma version",
                        "slug",
                        item.getSlug(),
                        "date",
                        "2026-11-20",
                        "summary",
                        "Mon résumé",
                        "bodyMarkdown",
                        "Mon texte à garder",
                        "version",
                        String.valueOf(read))
                .body());
        assertThat(page).contains("a modifié cette actualité").contains("Mon texte à garder");
        assertThat(news.get(item.getId()).getTitle()).isEqualTo("Changée ailleurs");
    }

    @Test
    void theFeedIsAtomWithTheReadersLanguagesPublishedItemsOnly() throws Exception {
        String run = unique("flux");
        NewsItem english = published(Language.EN, "Feed & <friends> " + run, FAR.plusDays(1));
        NewsItem draft = news.create(draft(Language.EN, "Draft " + run, unique("draft")), "test");
        published(Language.FR, "Flux français " + run, FAR.plusDays(1));

        HttpResponse<String> response = new HttpSession(port).get("/news/feed.atom?lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getAttribute("xml:lang")).isEqualTo("en");
        assertThat(child(root, "id")).startsWith("http");
        assertThat(Instant.parse(child(root, "updated"))).isNotNull();
        assertThat(root.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();

        List<String> titles = new ArrayList<>();
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Element mine = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            titles.add(child(entry, "title"));
            if (child(entry, "title").equals(english.getTitle())) {
                mine = entry;
            }
        }
        assertThat(titles).contains("Feed & <friends> " + run).doesNotContain("Draft " + run, "Flux français " + run);
        assertThat(mine).isNotNull();
        assertThat(child(mine, "id")).endsWith("/news/" + english.getSlug());
        Element link = (Element) mine.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).startsWith("http").endsWith("/news/" + english.getSlug());
        assertThat(Instant.parse(child(mine, "updated"))).isNotNull();
        assertThat(child(mine, "content")).contains("<strong>");
        assertThat(draft.getStatus()).isEqualTo(NewsStatus.DRAFT);
    }

    @Test
    void everyChangeVisitorsSeeTellsTheCache() {
        NewsItem item = news.create(draft(Language.FR, unique("Cache"), unique("cache")), "test");
        assertThat(events.stream(PublicContentChanged.class)).isEmpty();
        item = news.publish(item.getId(), item.getVersion(), null, "test");
        item = news.change(item.getId(), item.getVersion(), draft(Language.FR, "Changée", item.getSlug()), "test");
        item = news.unpublish(item.getId(), item.getVersion(), "test");
        news.delete(item.getId(), item.getVersion());
        assertThat(events.stream(PublicContentChanged.class).map(PublicContentChanged::what))
                .containsExactly(
                        "news " + item.getId() + " published",
                        "news " + item.getId() + " changed",
                        "news " + item.getId() + " withdrawn");
    }

    @Test
    void aScheduledItemTellsTheCacheOnceWhenItsInstantComes() {
        NewsItem item = news.create(draft(Language.FR, unique("Plus tard"), unique("plus-tard")), "test");
        news.publish(item.getId(), item.getVersion(), Instant.now().plus(1, ChronoUnit.HOURS), "test");
        news.announceDue();
        assertThat(events.stream(PublicContentChanged.class).map(PublicContentChanged::what))
                .doesNotContain("news " + item.getId() + " scheduled publication");
        jdbc.sql("UPDATE website_news SET publish_at = :past WHERE id = :id")
                .param("past", Instant.now().minusSeconds(5).atOffset(java.time.ZoneOffset.UTC))
                .param("id", item.getId())
                .update();
        assertThat(news.announceDue()).isPositive();
        news.announceDue();
        assertThat(events.stream(PublicContentChanged.class)
                        .map(PublicContentChanged::what)
                        .filter(what -> what.equals("news " + item.getId() + " scheduled publication")))
                .hasSize(1);
        assertThat(new HttpSession(port).get("/news/" + item.getSlug()).statusCode())
                .isEqualTo(200);
    }

    private NewsItem published(Language language, String title, LocalDate date) {
        NewsItem item = news.create(
                new NewsDraft(language, title, "", date, "Summary of " + title, "Some **bold** text"), "test");
        return news.publish(item.getId(), item.getVersion(), null, "test");
    }

    private static NewsDraft draft(Language language, String title, String slug) {
        return new NewsDraft(language, title, slug.toLowerCase(), LocalDate.of(2026, 11, 20), "Résumé", "Texte");
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        return null;
    }
}
