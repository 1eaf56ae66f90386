package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.ScheduledJobs;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The site's pages from the webmaster's editor to the visitor: errors next to fields with the text kept, drafts never
 * shown, preview for staff only, publication now or scheduled, versions restored, deletion rules, nothing unsafe
 * reaching a visitor, the head's hreflang and canonical links, the site's 404, and the public pages' cache refreshed
 * on publication on this instance and on another one.
 */
class SitePagesIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @LocalServerPort
    int port;

    @Autowired
    WebsiteManagement website;

    @Autowired
    ScheduledPublicationJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SitePagesSitemap sitemap;

    @Test
    void editorErrorsAreToldNextToTheirFieldsWithEverythingTypedKept() {
        HttpSession webmaster = webmaster();
        webmaster.get("/back/website/pages/new");
        String refused = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/pages",
                        "kind",
                        "PAGE",
                        "menuPosition",
                        "",
                        "titleFr",
                        "",
                        "slugFr",
                        "Pas Valide",
                        "bodyFr",
                        "Un texte **gardé** tel quel",
                        "titleEn",
                        "Our team",
                        "slugEn",
                        "about",
                        "bodyEn",
                        "Kept",
                        "version",
                        "0")
                .body());
        assertThat(refused)
                .contains("id=\"titleFr-error\"")
                .contains("id=\"slugFr-error\"")
                .contains("Lettres minuscules sans accent")
                .contains("Un texte **gardé** tel quel")
                .contains("value=\"Our team\"");
        assertThat(refused).as("the English slug is the demo's about page's").contains("id=\"slugEn-error\"");

        HttpResponse<String> created = webmaster.post(
                "/back/website/pages",
                "kind",
                "PAGE",
                "titleFr",
                "Équipe " + unique("e"),
                "bodyFr",
                "Nous",
                "version",
                "0");
        assertThat(created.statusCode()).isEqualTo(302);
        String editor = java.net
                .URI
                .create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        long id = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
        assertThat(website.get(id).text(Language.FR).orElseThrow().slug())
                .as("made from the title")
                .startsWith("equipe-e-");

        webmaster.get(editor);
        String conflict = HtmlUtils.htmlUnescape(webmaster
                .post(
                        "/back/website/pages/" + id,
                        "kind",
                        "PAGE",
                        "titleFr",
                        "Changé",
                        "bodyFr",
                        "Texte changé",
                        "version",
                        "7")
                .body());
        assertThat(conflict).contains("Quelqu’un d’autre a modifié cette fiche").contains("Texte changé");
    }

    @Test
    void aDraftIsInvisibleToVisitorsItsPreviewIsForStaffOnlyAndItsPublicationShowsItInTheMenuInBothLanguages() {
        String fr = unique("nos-valeurs");
        String en = unique("our-values");
        HttpSession webmaster = webmaster();
        webmaster.get("/back/website/pages/new");
        HttpResponse<String> saved = webmaster.post(
                "/back/website/pages",
                "kind",
                "PAGE",
                "menuPosition",
                "5",
                "titleFr",
                "Nos valeurs " + fr,
                "slugFr",
                fr,
                "bodyFr",
                "Le client d'abord.",
                "seoDescriptionFr",
                "Ce qui nous guide",
                "titleEn",
                "Our values " + en,
                "slugEn",
                en,
                "bodyEn",
                "Customers first.",
                "version",
                "0",
                "action",
                "preview");
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/preview");
        long id = idOf(saved.headers().firstValue("Location").orElseThrow());

        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/fr/" + fr).statusCode()).isEqualTo(404);
        assertThat(sitemap.entries()).extracting(e -> e.path()).doesNotContain("/fr/" + fr);
        assertThat(visitor.get("/").body()).doesNotContain("Nos valeurs " + fr);

        String preview = HtmlUtils.htmlUnescape(
                webmaster.get("/back/website/pages/" + id + "/preview").body());
        assertThat(preview)
                .contains("Aperçu du brouillon")
                .contains("Le client d'abord.")
                .contains("noindex")
                .contains("class=\"mainnav\"");
        assertThat(HtmlUtils.htmlUnescape(webmaster
                        .get("/back/website/pages/" + id + "/preview?language=en")
                        .body()))
                .contains("Customers first.")
                .contains("lang=\"en\"");
        assertThat(visitor.get("/back/website/pages/" + id + "/preview").statusCode())
                .isEqualTo(302);
        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        assertThat(customer.get("/back/website/pages/" + id + "/preview").statusCode())
                .isEqualTo(403);
        HttpSession agent = new HttpSession(port);
        agent.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(agent.get("/back/website/pages/" + id + "/preview").statusCode())
                .as("not a webmaster")
                .isEqualTo(403);

        webmaster.get("/back/website/pages/" + id);
        assertThat(webmaster
                        .post("/back/website/pages/" + id + "/publish", "version", "0")
                        .statusCode())
                .isEqualTo(302);

        assertThat(sitemap.entries())
                .filteredOn(e -> e.path().equals("/fr/" + fr))
                .singleElement()
                .satisfies(e -> assertThat(e.alternates()).containsEntry("en", "/en/" + en));
        String french = HtmlUtils.htmlUnescape(visitor.get("/fr/" + fr).body());
        assertThat(french)
                .contains("<html lang=\"fr\"")
                .contains("Le client d'abord.")
                .contains("<meta name=\"description\" content=\"Ce qui nous guide\">")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080/fr/" + fr + "\">")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/en/" + en + "\">")
                .contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost:8080/fr/" + fr + "\">")
                .contains("href=\"/fr/" + fr + "\" aria-current=\"page\">Nos valeurs " + fr)
                .doesNotContain("Aperçu du brouillon");
        String english = HtmlUtils.htmlUnescape(visitor.get("/en/" + en).body());
        assertThat(english)
                .contains("<html lang=\"en\"")
                .contains("Customers first.")
                .contains(">Home<")
                .contains("href=\"/en/" + en + "\" aria-current=\"page\">Our values " + en)
                .as("the language switch leads to the French page")
                .contains("href=\"/fr/" + fr + "?lang=fr\"");
        assertThat(HtmlUtils.htmlUnescape(visitor.get("/en").body())).contains("Our values " + en);
        assertThat(HtmlUtils.htmlUnescape(visitor.get("/fr/" + en).body()))
                .as("a slug belongs to its language")
                .contains("Page introuvable");
    }

    @Test
    void scriptsEventAttributesAndJavascriptLinksNeverReachAVisitor() {
        String slug = unique("piege");
        long id = website.create(
                PageKind.PAGE,
                null,
                List.of(PageText.written(
                        Language.FR,
                        "Piège <script>alert('titre')</script>",
                        slug,
                        "<script>alert(1)</script>\n\n[clic](javascript:alert(2))\n\n<img src=x onerror=alert(3)>"
                                + "\n\n<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">lien</a>"
                                + "\n\n<svg><script>alert(6)</script></svg>",
                        "",
                        "")),
                "test");
        website.publish(id, 0, "test");
        String page = new HttpSession(port).get("/fr/" + slug).body();
        assertThat(page)
                .doesNotContain("<script>alert")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("href=\"javascript")
                .doesNotContain("<svg")
                .contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;");
    }

    @Test
    void aScheduledPublicationHappensWhenItsTimeHasComeOnce() throws Exception {
        String slug = unique("bientot");
        long id = website.create(PageKind.PAGE, null, List.of(text(slug, "Bientôt en ligne")), "test");
        HttpSession webmaster = webmaster();
        webmaster.get("/back/website/pages/" + id);
        String refused = HtmlUtils.htmlUnescape(webmaster
                .post("/back/website/pages/" + id + "/schedule", "version", "0", "publishAt", "2020-01-01T10:00")
                .body());
        assertThat(refused)
                .as("told on the date field, the typed moment kept")
                .contains("<p class=\"field-error\" id=\"publishAt-error\">Choisissez un moment à venir.</p>")
                .containsPattern(
                        "id=\"publishAt\" name=\"publishAt\" value=\"2020-01-01T10:00\"[^>]*aria-invalid=\"true\"");
        assertThat(HtmlUtils.htmlUnescape(webmaster
                        .post("/back/website/pages/" + id + "/schedule", "version", "0", "publishAt", "demain")
                        .body()))
                .contains("Indiquez une date et une heure.")
                .contains("value=\"demain\"");

        website.schedule(id, 0, clock.instant().plus(Duration.ofMillis(1500)), "test");
        assertThat(website.get(id).getPublishAt()).isNotNull();
        runJob();
        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/fr/" + slug).statusCode()).as("not yet").isEqualTo(404);
        Thread.sleep(1600);
        runJob();
        assertThat(visitor.get("/fr/" + slug).body()).contains("Bientôt en ligne");
        assertThat(website.versions(id)).hasSize(1);
        runJob();
        assertThat(website.versions(id)).as("published once").hasSize(1);
        assertThat(website.get(id).getPublishAt()).isNull();
    }

    @Test
    void everyPublishedVersionIsKeptAndRestoringOneMakesItTheDraftUntilItIsPublished() {
        String slug = unique("tarifs");
        long id = website.create(PageKind.PAGE, null, List.of(text(slug, "Tarifs 2025")), "test");
        website.publish(id, 0, "test");
        int version = website.change(id, 1, null, List.of(text(slug, "Tarifs 2026")), "test");
        website.publish(id, version, "test");
        assertThat(website.versions(id)).extracting(PageVersion::number).containsExactly(2, 1);

        HttpSession webmaster = webmaster();
        String editor = HtmlUtils.htmlUnescape(
                webmaster.get("/back/website/pages/" + id).body());
        assertThat(editor).contains("2 versions publiées").contains("Restaurer comme brouillon");
        assertThat(HtmlUtils.htmlUnescape(webmaster
                        .get("/back/website/pages/" + id + "/versions/1")
                        .body()))
                .contains("Aperçu de la version 1")
                .contains("Tarifs 2025");
        int current = website.get(id).getVersion();
        assertThat(webmaster
                        .post("/back/website/pages/" + id + "/versions/1/restore", "version", "" + current)
                        .statusCode())
                .isEqualTo(302);
        SitePage restored = website.get(id);
        assertThat(restored.text(Language.FR).orElseThrow().bodyMarkdown()).isEqualTo("Tarifs 2025");
        assertThat(restored.isDraftChanged()).isTrue();
        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/fr/" + slug).body())
                .as("on line until published")
                .contains("Tarifs 2026");
        website.publish(id, restored.getVersion(), "test");
        assertThat(visitor.get("/fr/" + slug).body()).contains("Tarifs 2025");
        assertThat(website.versions(id)).extracting(PageVersion::number).containsExactly(3, 2, 1);

        website.unpublish(id, website.get(id).getVersion(), "test");
        assertThat(visitor.get("/fr/" + slug).statusCode()).isEqualTo(404);
        assertThat(website.versions(id)).as("kept").hasSize(3);
    }

    @Test
    void aRenamedPageSendsItsOldAddressOnToTheNewOne() {
        String before = unique("ancienne");
        String after = unique("nouvelle");
        long id = website.create(PageKind.PAGE, null, List.of(text(before, "Texte")), "test");
        website.publish(id, 0, "test");
        int version = website.change(id, 1, null, List.of(text(after, "Texte")), "test");
        website.publish(id, version, "test");
        HttpResponse<String> moved = new HttpSession(port).get("/fr/" + before);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/fr/" + after);
    }

    @Test
    void aPageInTheMenuIsDeletedOnlyOnceTheWebmasterSaysItLeavesTheMenuAndFixedPlacesNever() {
        String slug = unique("ephemere");
        long id = website.create(PageKind.PAGE, 7, List.of(text(slug, "Éphémère")), "test");
        website.publish(id, 0, "test");
        HttpSession webmaster = webmaster();
        webmaster.get("/back/website/pages/" + id);
        String asked = HtmlUtils.htmlUnescape(webmaster
                .post("/back/website/pages/" + id + "/delete", "version", "1")
                .body());
        assertThat(asked).contains("Cette page est dans le menu du site").contains("Retirer du menu et supprimer");
        assertThat(website.all()).extracting(SitePage::getId).contains(id);
        assertThat(webmaster
                        .post("/back/website/pages/" + id + "/delete", "version", "1", "outOfMenu", "true")
                        .statusCode())
                .isEqualTo(302);
        assertThat(website.all()).extracting(SitePage::getId).doesNotContain(id);
        assertThat(new HttpSession(port).get("/fr/" + slug).statusCode()).isEqualTo(404);

        long legal = website.idOfPlace(PageKind.LEGAL_NOTICE).orElseThrow();
        int legalVersion = website.get(legal).getVersion();
        String refused = HtmlUtils.htmlUnescape(webmaster
                .post("/back/website/pages/" + legal + "/delete", "version", "" + legalVersion, "outOfMenu", "true")
                .body());
        assertThat(refused).contains("ne peut pas être supprimée");
        assertThat(website.idOfPlace(PageKind.LEGAL_NOTICE)).contains(legal);
    }

    @Test
    void theHomePageAndTheFooterComeFromThePublishedPagesAndUnknownAddressesGetTheSitesNotFoundPage() {
        HttpSession visitor = new HttpSession(port);
        String home = HtmlUtils.htmlUnescape(visitor.get("/").body());
        assertThat(home)
                .contains("Votre informatique, un seul interlocuteur")
                .contains("href=\"/fr/mentions-legales\">Mentions légales")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/en\">");
        assertThat(HtmlUtils.htmlUnescape(visitor.get("/en").body()))
                .contains("<html lang=\"en\"")
                .contains("Your IT, one single contact")
                .contains("href=\"/en/legal-notice\">Legal notice");
        for (String path : List.of("/fr/nulle-part", "/nulle-part", "/fr/a-propos/plus-loin")) {
            HttpResponse<String> missing = visitor.get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(HtmlUtils.htmlUnescape(missing.body()))
                    .as(path)
                    .contains("Page introuvable")
                    .contains("href=\"/fr/a-propos\">À propos")
                    .contains("zone-public");
        }
        HttpResponse<String> english = visitor.get("/en/nowhere");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(HtmlUtils.htmlUnescape(english.body()))
                .as("in the language of its address")
                .contains("<html lang=\"en\"")
                .contains("href=\"/en/about\">About us");
        assertThat(visitor.get("/fr").statusCode()).isEqualTo(302);
    }

    @Test
    void publicPagesAreServedFromTheCacheWithoutTokenOrSessionAndRefreshedOnPublicationOnEveryInstance()
            throws Exception {
        String slug = unique("horaires");
        long id = website.create(PageKind.PAGE, null, List.of(text(slug, "Ouvert de 9 h à 18 h")), "test");
        website.publish(id, 0, "test");
        HttpSession here = new HttpSession(port);
        HttpSession there =
                new HttpSession(second.context().getEnvironment().getProperty("local.server.port", Integer.class));
        for (HttpSession visitor : List.of(here, there)) {
            visitor.get("/fr/" + slug);
            HttpResponse<String> again = visitor.get("/fr/" + slug);
            assertThat(again.headers().firstValue("X-Guichet-Cache")).contains("hit");
            assertThat(again.body()).contains("Ouvert de 9 h à 18 h").doesNotContain("data-csrf-token");
            assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(visitor.cookie("GUICHET_SESSION"))
                    .as("no session for a reader")
                    .isNull();
        }

        int version = website.change(id, 1, null, List.of(text(slug, "Ouvert de 8 h à 19 h")), "test");
        assertThat(here.get("/fr/" + slug).body()).as("a draft changes nothing").contains("9 h à 18 h");
        website.publish(id, version, "test");
        assertThat(here.get("/fr/" + slug).body()).as("at once here").contains("Ouvert de 8 h à 19 h");
        String seen = "";
        for (int i = 0; i < 50 && !seen.contains("8 h à 19 h"); i++) {
            Thread.sleep(100);
            seen = there.get("/fr/" + slug).body();
        }
        assertThat(seen).as("within a second or so on the other instance").contains("Ouvert de 8 h à 19 h");

        HttpSession signedIn = webmaster();
        HttpResponse<String> fresh = signedIn.get("/fr/" + slug);
        assertThat(fresh.headers().firstValue("X-Guichet-Cache")).isEmpty();
        assertThat(fresh.body()).contains("data-csrf-token").contains("Se déconnecter");
        assertThat(here.get("/fr/" + slug).body())
                .as("a signed-in page is never kept")
                .doesNotContain("Se déconnecter");
    }

    private HttpSession webmaster() {
        HttpSession session = new HttpSession(port);
        session.login(staff(Role.BACK_OFFICE, Role.WEBMASTER).getUsername(), PASSWORD);
        return session;
    }

    private void runJob() {
        ScheduledJobs.releaseLock(jdbc, "website-scheduled-publication");
        job.publishDue();
    }

    private static PageText text(String slug, String body) {
        return PageText.written(Language.FR, "Page " + slug, slug, body, "", "");
    }

    private static long idOf(String location) {
        return Long.parseLong(location.replaceAll(".*/pages/(\\d+).*", "$1"));
    }
}
