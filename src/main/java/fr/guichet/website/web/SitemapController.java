package fr.guichet.website.web;

import fr.guichet.company.CompanySettings;
import fr.guichet.shared.SitemapSource;
import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: the site's fixed pages and every module's published pages ({@link SitemapSource}: site pages,
 * news, help articles), with absolute addresses and their other-language versions ({@code xhtml:link}); and
 * {@code /robots.txt}, which keeps crawlers out of the signed-in zones and points at the sitemap.
 */
@Controller
class SitemapController {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** The pages every site has, whose address does not carry the language (the visitor's locale chooses it). */
    private static final List<String> FIXED = List.of("/services", "/contact", "/news", "/help");

    /** What crawlers are kept out of: the signed-in zones, the API, sign-in, the counter's and invitations' links. */
    static final List<String> DISALLOWED = List.of(
            "/portal",
            "/desk",
            "/back",
            "/api",
            "/account",
            "/login",
            "/counter",
            "/invitation",
            "/help/suggest",
            "/setup");

    private final List<SitemapSource> sources;
    private final CompanySettings settings;

    SitemapController(List<SitemapSource> sources, CompanySettings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        Map<String, SitemapSource.Entry> entries = new LinkedHashMap<>();
        Map<String, String> home = Map.of("fr", "/", "en", "/en");
        entries.put("/", new SitemapSource.Entry("/", null, home));
        entries.put("/en", new SitemapSource.Entry("/en", null, home));
        for (String path : FIXED) {
            entries.put(
                    path,
                    new SitemapSource.Entry(path, null, Map.of("fr", path + "?lang=fr", "en", path + "?lang=en")));
        }
        for (SitemapSource source : sources) {
            for (SitemapSource.Entry entry : source.entries()) {
                entries.put(entry.path(), entry); // a module's own entry (with its date) wins over the fixed one
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(xml(canonical(entries.values())));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(settings.baseUrl()).append("/sitemap.xml\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(text.toString());
    }

    /**
     * The sitemap lists the addresses the pages call canonical: a page whose languages share one address, told apart
     * by {@code ?lang=} ({@code /services}, {@code /help}…), declares {@code /services?lang=fr} and
     * {@code /services?lang=en} canonical, so it is listed once at each of those (with the same alternates) rather than
     * at its bare address, which search engines would report as a duplicate of a canonical page.
     */
    static List<SitemapSource.Entry> canonical(Iterable<SitemapSource.Entry> entries) {
        List<SitemapSource.Entry> listed = new ArrayList<>();
        for (SitemapSource.Entry entry : entries) {
            List<String> byQuery = entry.alternates().values().stream()
                    .filter(address -> address.startsWith(entry.path() + "?lang="))
                    .sorted()
                    .toList();
            if (byQuery.isEmpty()) {
                listed.add(entry);
            } else {
                byQuery.forEach(address ->
                        listed.add(new SitemapSource.Entry(address, entry.lastModified(), entry.alternates())));
            }
        }
        return listed;
    }

    private String xml(Iterable<SitemapSource.Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            for (SitemapSource.Entry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", absolute(entry.path()));
                if (entry.lastModified() != null) {
                    element(
                            xml,
                            "lastmod",
                            DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    entry.lastModified().atOffset(ZoneOffset.UTC)));
                }
                for (Map.Entry<String, String> alternate : new TreeMap<>(entry.alternates()).entrySet()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    xml.writeAttribute("href", absolute(alternate.getValue()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return out.toString();
    }

    private String absolute(String path) {
        return settings.baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
