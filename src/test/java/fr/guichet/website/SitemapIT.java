package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml lists the public pages with absolute addresses and their other languages, never a draft; robots.txt. */
class SitemapIT extends IntegrationTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Autowired
    NewsManagement news;

    @LocalServerPort
    int port;

    @Test
    void theSitemapListsPublishedPagesOnlyWithAbsoluteAddressesAndAlternates() throws Exception {
        NewsItem published = news.create(
                new NewsDraft(Language.EN, unique("Listed"), "", LocalDate.of(2026, 10, 1), "Summary", "Text"), "test");
        published = news.publish(published.getId(), published.getVersion(), null, "test");
        NewsItem draft = news.create(
                new NewsDraft(Language.FR, unique("Brouillon"), "", LocalDate.of(2026, 10, 1), "Résumé", "Texte"),
                "test");
        NewsItem withdrawn = news.create(
                new NewsDraft(Language.FR, unique("Retirée"), "", LocalDate.of(2026, 10, 1), "Résumé", "Texte"),
                "test");
        withdrawn = news.publish(withdrawn.getId(), withdrawn.getVersion(), null, "test");
        news.unpublish(withdrawn.getId(), withdrawn.getVersion(), "test");

        HttpResponse<String> response = new HttpSession(port).get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document sitemap = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);

        List<String> locations = new ArrayList<>();
        Map<String, Map<String, String>> alternates = new HashMap<>();
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            locations.add(loc);
            Map<String, String> languages = new HashMap<>();
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                languages.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(loc, languages);
        }
        assertThat(locations).allSatisfy(loc -> assertThat(loc).startsWith("http"));
        String base = locations.get(0).substring(0, locations.get(0).length() - 1);
        List<String> fixed = List.of(
                base + "/",
                base + "/en",
                base + "/services?lang=fr",
                base + "/services?lang=en",
                base + "/contact?lang=fr",
                base + "/contact?lang=en",
                base + "/news?lang=fr",
                base + "/news?lang=en",
                base + "/help?lang=fr",
                base + "/help?lang=en",
                base + "/news/" + published.getSlug());
        assertThat(locations)
                .containsAll(fixed)
                .as("an address shared by both languages is listed at each language's canonical one, not bare")
                .doesNotContain(base + "/services", base + "/contact", base + "/news", base + "/help")
                .doesNotContain(base + "/news/" + draft.getSlug(), base + "/news/" + withdrawn.getSlug())
                .noneMatch(loc -> loc.contains("/back") || loc.contains("/portal") || loc.contains("/desk"));
        assertThat(alternates.get(base + "/")).containsEntry("fr", base + "/").containsEntry("en", base + "/en");
        assertThat(alternates.get(base + "/news?lang=en"))
                .containsEntry("fr", base + "/news?lang=fr")
                .containsEntry("en", base + "/news?lang=en");
        assertThat(locations).doesNotHaveDuplicates();
        for (String listed : fixed) {
            String page =
                    new HttpSession(port).get(listed.substring(base.length())).body();
            Matcher canonical =
                    Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\"").matcher(page);
            assertThat(canonical.find())
                    .as("%s has a canonical address", listed)
                    .isTrue();
            assertThat(HtmlUtils.htmlUnescape(canonical.group(1)))
                    .as("the page at %s calls itself canonical", listed)
                    .isEqualTo(listed);
        }
    }

    @Test
    void robotsKeepCrawlersOutOfTheSignedInZonesAndPointAtTheSitemap() {
        HttpResponse<String> response = new HttpSession(port).get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body().lines().toList())
                .contains(
                        "User-agent: *",
                        "Disallow: /portal",
                        "Disallow: /desk",
                        "Disallow: /back",
                        "Disallow: /api",
                        "Disallow: /account",
                        "Disallow: /login")
                .anySatisfy(line -> assertThat(line).matches("Sitemap: https?://.+/sitemap\\.xml"))
                .noneMatch(line -> line.equals("Disallow: /") || line.startsWith("Disallow: /news"));
    }
}
