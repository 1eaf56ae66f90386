package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page shows words written in its template: every text a user reads comes from messages.properties (French) and
 * messages_en.properties (English). Checked: the text between tags that Thymeleaf keeps (not the prototype text of an
 * element whose content {@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert} or
 * {@code sec:authentication} replaces), and the {@code alt}, {@code title}, {@code placeholder}, {@code aria-label}
 * attributes and the {@code value} of buttons, unless a {@code th:} attribute sets them. Inline expressions
 * ({@code [[...]]}, {@code [(...)]}), entities, numbers and punctuation are not text.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Not words of a language: the language switch's codes, and the product's name, the same in every language. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Z]{2}|Guichet");

    /**
     * The demo company's address in the public pages, which the settings work moves out of the templates (branch
     * {@code settings}); remove these entries once it is merged. Nothing else may be added here.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![^>]*>"
                    + "|<(/?)([a-zA-Z][\\w:.-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/?)>",
            Pattern.DOTALL);

    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\w+;");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "sec:authentication");
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

    @Test
    void noTemplateShowsLiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                for (String text : literalTexts(Files.readString(file))) {
                    found.add(name + ": " + text);
                }
            }
        }
        assertThat(found)
                .as("literal texts in templates: move them to messages.properties and messages_en.properties")
                .isEmpty();
    }

    @Test
    void theCheckSeesTextsAndAttributesAndLeavesWhatThymeleafReplaces() {
        String template = """
                <html th:replace="~{layout :: page(~{::#page})}"><div id="page">
                <h1 th:text="#{title}">Titre de maquette</h1>
                <p>Bonjour <b>[[${name}]]</b> &nbsp;&ndash; 42 €</p>
                <img src="a.png" alt="Logo"><img src="b.png" th:alt="#{logo}" alt="Logo remplacé">
                <input type="submit" value="Envoyer"><input type="text" placeholder="Votre nom">
                <span sec:authentication="principal.displayName">Nom</span>
                <div th:replace="~{fragments :: field}">Champ</div>
                <a href="#" th:title="${x > 1}" th:if="${a > b}">FR</a>
                </div></html>
                """;
        assertThat(literalTexts(template)).containsExactly("Bonjour", "Logo", "Envoyer", "Votre nom");
    }

    /** The texts a user would read although no message produced them. */
    static List<String> literalTexts(String template) {
        List<String> texts = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        Matcher markup = MARKUP.matcher(template);
        int position = 0;
        while (markup.find()) {
            text(template.substring(position, markup.start()), open, texts);
            position = markup.end();
            String tag = markup.group(2);
            if (tag == null) {
                continue; // a comment, a doctype
            }
            tag = tag.toLowerCase(Locale.ROOT);
            if (!markup.group(1).isEmpty()) {
                close(tag, open);
                continue;
            }
            Map<String, String> attributes = attributes(markup.group(3));
            boolean hidden = open.stream().anyMatch(Element::replaced);
            if (!hidden) {
                for (String attribute : TEXT_ATTRIBUTES) {
                    literal(attributes, attribute, texts);
                }
                if (tag.equals("input")
                        && Set.of("submit", "button", "reset").contains(attributes.getOrDefault("type", ""))) {
                    literal(attributes, "value", texts);
                }
            }
            boolean replaced = REPLACING.stream().anyMatch(attributes::containsKey)
                    || (!tag.equals("html")
                            && (attributes.containsKey("th:replace") || attributes.containsKey("th:insert")))
                    || Set.of("all", "body", "all-but-first").contains(attributes.getOrDefault("th:remove", ""))
                    || tag.equals("script")
                    || tag.equals("style");
            if (!VOID_ELEMENTS.contains(tag) && markup.group(4).isEmpty()) {
                open.push(new Element(tag, replaced));
            }
        }
        text(template.substring(position), open, texts);
        return texts;
    }

    private static void literal(Map<String, String> attributes, String name, List<String> texts) {
        String value = attributes.get(name);
        if (value != null
                && !attributes.containsKey("th:" + name)
                && !attributes.containsKey("th:attr")
                && isText(value)) {
            texts.add(value.strip());
        }
    }

    private static void text(String between, Deque<Element> open, List<String> texts) {
        if (open.stream().anyMatch(Element::replaced)) {
            return;
        }
        String text = ENTITY.matcher(INLINE_EXPRESSION.matcher(between).replaceAll(" "))
                .replaceAll(" ")
                .strip()
                .replaceAll("\\s+", " ");
        if (isText(text)) {
            texts.add(text);
        }
    }

    private static boolean isText(String value) {
        String text = value.strip();
        return LETTER.matcher(text).find() && !ALLOWED.matcher(text).matches();
    }

    /** Closes the element and any left open inside it. */
    private static void close(String tag, Deque<Element> open) {
        if (open.stream().noneMatch(element -> element.tag().equals(tag))) {
            return;
        }
        while (!open.isEmpty() && !open.pop().tag().equals(tag)) {
            // implicitly closed
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        if (text == null) {
            return attributes;
        }
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null
                    ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), value == null ? "" : value);
        }
        return attributes;
    }

    private record Element(String tag, boolean replaced) {}
}
