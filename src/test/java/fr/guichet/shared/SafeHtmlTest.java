package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void markdownBecomesHtml() {
        String html =
                SafeHtml.fromMarkdown("# Titre\n\nUn *mot* et [un lien](/contact).\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        assertThat(html)
                .contains("<h1>Titre</h1>")
                .contains("<em>mot</em>")
                .contains("<a href=\"/contact\" rel=\"noopener\">un lien</a>")
                .contains("<td>1</td>");
    }

    @Test
    void scriptsEventAttributesAndDangerousLinksNeverSurvive() {
        String html = SafeHtml.fromMarkdown("Bonjour <script>alert(1)</script>\n\n"
                + "<img src=x onerror=alert(2)>\n\n"
                + "[clic](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">b</a> <a href=\"data:text/html,x\">c</a>\n\n"
                + "<svg><script>alert(5)</script></svg><iframe src=\"https://example.org\"></iframe>"
                + "<p style=\"background:url(javascript:alert(6))\">s</p>");

        assertThat(html.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("javascript:")
                .doesNotContain("data:")
                .doesNotContain("<svg")
                .doesNotContain("<iframe")
                .doesNotContain("style=");
        assertThat(html).contains("Bonjour");
    }

    @Test
    void cleaningKeepsLinksWithinTheSiteAndSafeProtocols() {
        assertThat(SafeHtml.clean("<a href=\"/media/12\">m</a><a href=\"tel:+33478000000\">t</a>"
                        + "<a href=\"mailto:a@example.fr\">e</a><img src=\"/media/3\" alt=\"x\">"))
                .contains("href=\"/media/12\"")
                .contains("href=\"tel:+33478000000\"")
                .contains("href=\"mailto:a@example.fr\"")
                .contains("src=\"/media/3\"");
    }

    @Test
    void linksThatLookLocalButLeadToAnotherHostLoseTheirAddress() {
        String html = SafeHtml.fromMarkdown("[a](//evil.example/x) [b](/\\evil.example) ![c](//evil.example/i.png)");

        assertThat(html).doesNotContain("evil.example").contains(">a</a>").contains(">b</a>");
    }

    @Test
    void textDropsTheTags() {
        assertThat(SafeHtml.text("<h1>Titre</h1><p>Un <em>mot</em></p>")).isEqualTo("Titre Un mot");
    }
}
