package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.knowledge.internal.SearchHighlighter;
import fr.guichet.knowledge.internal.SearchQuery;
import fr.guichet.knowledge.internal.SearchTerms;
import fr.guichet.shared.Language;
import org.junit.jupiter.api.Test;

/** The H2 search's words: accents folded, common words dropped, French and English plurals and suffixes stemmed. */
class SearchTermsTest {

    @Test
    void frenchWordsMeetTheirPluralsAndAccents() {
        assertThat(SearchTerms.stems("Factures", Language.FR)).isEqualTo(SearchTerms.stems("facture", Language.FR));
        assertThat(SearchTerms.stems("réseau", Language.FR)).isEqualTo(SearchTerms.stems("reseau", Language.FR));
        assertThat(SearchTerms.stems("réseaux", Language.FR)).isEqualTo(SearchTerms.stems("RESEAU", Language.FR));
        assertThat(SearchTerms.stems("imprimantes", Language.FR))
                .isEqualTo(SearchTerms.stems("imprimante", Language.FR))
                .isEqualTo(SearchTerms.stems("imprimer", Language.FR));
        assertThat(SearchTerms.stems("Mot de passe oublié", Language.FR)).containsExactly("mot", "pass", "oubli");
        assertThat(SearchTerms.stems("l'imprimante", Language.FR)).containsExactly("imprim");
    }

    @Test
    void englishWordsMeetTheirPlurals() {
        assertThat(SearchTerms.stems("printers", Language.EN)).isEqualTo(SearchTerms.stems("printer", Language.EN));
        assertThat(SearchTerms.stems("printing", Language.EN)).isEqualTo(SearchTerms.stems("print", Language.EN));
        assertThat(SearchTerms.stems("Invoices", Language.EN)).isEqualTo(SearchTerms.stems("invoice", Language.EN));
        assertThat(SearchTerms.stems("How do I reset my password?", Language.EN))
                .containsExactly("reset", "password");
    }

    @Test
    void highlightingMarksTheMatchedWordsAndEscapesEverythingElse() {
        SearchQuery query = SearchQuery.of("facture", Language.FR, false);
        String html = SearchHighlighter.mark("<script>alert(1)</script> Vos Factures & avoirs", query);
        assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; Vos <mark>Factures</mark> &amp; avoirs");
    }

    @Test
    void theLastWordBeingTypedIsAlsoAPrefix() {
        SearchQuery typing = SearchQuery.of("Mon impri", Language.FR, true);
        assertThat(typing.prefix()).isEqualTo("impri");
        assertThat(typing.matches("imprimante")).isTrue();
        assertThat(SearchQuery.of("Mon impri ", Language.FR, true).prefix()).isNull();
        assertThat(SearchQuery.of("Mon impri", Language.FR, false).prefix()).isNull();
        assertThat(SearchQuery.of("Mon im", Language.FR, true).prefix())
                .as("too short")
                .isNull();
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatch() {
        String text =
                "Début sans rapport. ".repeat(30) + "Votre imprimante réseau ne répond plus. " + "Fin. ".repeat(60);
        String snippet = SearchHighlighter.snippet(text, SearchQuery.of("imprimante", Language.FR, false));
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>imprimante</mark>");
        assertThat(snippet.length()).isLessThan(300);
    }
}
