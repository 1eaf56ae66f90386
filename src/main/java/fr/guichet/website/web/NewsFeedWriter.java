package fr.guichet.website.web;

import fr.guichet.shared.Language;
import fr.guichet.website.NewsItem;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The news as an Atom 1.0 feed (RFC 4287): every text escaped by the XML writer, absolute links, the item's body as
 * escaped HTML (already sanitised) with the site as {@code xml:base} for its images and links.
 */
final class NewsFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private NewsFeedWriter() {}

    static String write(
            String baseUrl, Language language, String title, String author, List<NewsItem> items, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language.code());
            String self = baseUrl + "/news/feed.atom?lang=" + language.code();
            element(xml, "id", self);
            element(xml, "title", title);
            Instant updated = items.stream()
                    .map(NewsItem::getUpdatedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(now);
            element(xml, "updated", instant(updated));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/news?lang=" + language.code(), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", author);
            element(xml, "uri", baseUrl + "/");
            xml.writeEndElement();
            element(xml, "generator", "Guichet");
            for (NewsItem item : items) {
                String url = baseUrl + "/news/" + item.getSlug();
                xml.writeStartElement("entry");
                element(xml, "id", url);
                element(xml, "title", item.getTitle());
                link(xml, "alternate", url, "text/html");
                element(xml, "published", instant(published(item)));
                element(xml, "updated", instant(item.getUpdatedAt()));
                element(xml, "summary", item.getSummary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeAttribute("xml:base", baseUrl + "/");
                xml.writeCharacters(item.getBodyHtml());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The news feed could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * When the item was published, as its readers know it: the date it shows (an item written about an earlier day, or
     * put online later, keeps its own date), at the instant of its publication when that was on the same day.
     */
    static java.time.Instant published(NewsItem item) {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.Instant at = item.getPublishAt();
        if (at != null && at.atZone(paris).toLocalDate().equals(item.getDate())) {
            return at;
        }
        return item.getDate().atStartOfDay(paris).toInstant();
    }
}
