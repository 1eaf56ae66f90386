package fr.guichet.knowledge.internal;

import java.util.regex.Matcher;
import org.springframework.web.util.HtmlUtils;

/**
 * The matched words of a result wrapped in {@code <mark>}, every other character escaped: the only HTML in a result
 * is ours. A word is matched when it is one of the query's terms ({@link SearchQuery}).
 */
public final class SearchHighlighter {

    private static final int SNIPPET = 220;

    private SearchHighlighter() {}

    /** The whole text, escaped, with its matched words marked. */
    public static String mark(String text, SearchQuery query) {
        StringBuilder html = new StringBuilder();
        Matcher words = SearchTerms.WORD.matcher(text);
        int at = 0;
        while (words.find()) {
            if (query.matches(SearchTerms.fold(words.group()))) {
                html.append(HtmlUtils.htmlEscape(text.substring(at, words.start())))
                        .append("<mark>")
                        .append(HtmlUtils.htmlEscape(words.group()))
                        .append("</mark>");
                at = words.end();
            }
        }
        return html.append(HtmlUtils.htmlEscape(text.substring(at))).toString();
    }

    /**
     * About {@value #SNIPPET} characters of the text around its first matched word (its beginning when none), cut at
     * word boundaries, with an ellipsis where it was cut; escaped and marked.
     */
    public static String snippet(String text, SearchQuery query) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET) {
            return mark(flat, query);
        }
        int first = 0;
        Matcher words = SearchTerms.WORD.matcher(flat);
        while (words.find()) {
            if (query.matches(SearchTerms.fold(words.group()))) {
                first = words.start();
                break;
            }
        }
        int start = Math.max(0, first - SNIPPET / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space > first ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + SNIPPET);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        return (start > 0 ? "… " : "") + mark(flat.substring(start, end), query) + (end < flat.length() ? " …" : "");
    }
}
