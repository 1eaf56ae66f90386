package fr.guichet.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Text written in the back office (site pages, news, knowledge articles) made into HTML that can reach any visitor:
 * Markdown rendered by commonmark, then every element and attribute outside a fixed list removed by jsoup — no script,
 * no event attribute, no {@code javascript:} or {@code data:} link, no style, no frame, no form. Kept: headings,
 * paragraphs, lists, emphasis, quotes, code, tables, links (http, https, mailto, tel, and links within the site) and
 * images (http, https, and images of the site such as {@code /media/12}).
 *
 * <p>Sanitise when saving and render the stored result with {@code th:utext} only: what is stored is already safe.
 */
public final class SafeHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    /** A base for relative links while cleaning; never part of the result. */
    private static final String BASE = "https://site.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("colgroup", "col")
            .addProtocols("a", "href", "tel")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    private SafeHtml() {}

    /** The safe HTML of a Markdown text (raw HTML in it is cleaned like the rest). */
    public static String fromMarkdown(String markdown) {
        return clean(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** The given HTML with everything outside the safe list removed. */
    public static String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(html == null ? "" : html, BASE, SAFELIST, output));
        cleaned.outputSettings(output);
        // "//host/x" and "/\host" look like links within the site but lead elsewhere (browsers read both as another
        // host): their address is dropped, the text kept
        for (Element element : cleaned.select("a[href], img[src]")) {
            String attribute = element.tagName().equals("a") ? "href" : "src";
            String address = element.attr(attribute).strip();
            if (address.startsWith("//") || address.startsWith("/\\") || address.startsWith("\\")) {
                element.removeAttr(attribute);
            }
        }
        return cleaned.body().html();
    }

    /** The text of the HTML, without any tag, whitespace collapsed: for summaries, search and meta descriptions. */
    public static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }
}
