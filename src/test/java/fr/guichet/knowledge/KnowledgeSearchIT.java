package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.knowledge.KnowledgeSearch.Hit;
import fr.guichet.knowledge.KnowledgeSearch.Match;
import fr.guichet.knowledge.KnowledgeSearch.Scope;
import fr.guichet.shared.Language;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search, the same cases on H2 (stems in Java) and on PostgreSQL (full-text search): accents, plurals, several
 * words, French and English, ranking, highlighting, and what visitors never find (drafts, internal articles).
 */
class KnowledgeSearchIT extends IntegrationTest {

    @Autowired
    KnowledgeSearch search;

    @Autowired
    JdbcClient jdbc;

    TestArticles articles;

    long invoices;
    long network;
    long printer;
    long password;
    long printerInBody;
    long internal;
    long draft;

    @BeforeEach
    void articles() {
        // the PostgreSQL test database outlives a run: earlier runs' test articles would crowd the results
        jdbc.sql("DELETE FROM knowledge_article WHERE created_by = 'test'").update();
        articles = new TestArticles(jdbc);
        invoices = articles.article("PUBLISHED", "PUBLIC");
        articles.translate(
                        invoices,
                        "fr",
                        unique("factures"),
                        "Retrouver vos Factures",
                        "Où sont les factures",
                        "Vos factures mensuelles se trouvent dans le portail, rubrique documents.")
                .translate(
                        invoices,
                        "en",
                        unique("invoices"),
                        "Finding your invoices",
                        "Where invoices are",
                        "Your monthly invoices are on the portal, under documents.");
        network = articles.publicFrench(
                unique("reseau"),
                "Le réseau Wi-Fi est lent",
                "Connexion au réseau",
                "Redémarrez la borne du réseau, puis vérifiez le câble.");
        printer = articles.publicFrench(
                unique("imprimante"),
                "Installer une imprimante",
                "Pilote et file d'attente",
                "Ajoutez l'imprimante depuis les paramètres, puis imprimez une page de test.");
        printerInBody = articles.publicFrench(
                unique("toner"),
                "Changer le toner",
                "Cartouches",
                "Ouvrez le capot des imprimantes laser et retirez la cartouche de toner.");
        password = articles.article("PUBLISHED", "PUBLIC");
        articles.translate(
                        password,
                        "fr",
                        unique("mdp"),
                        "Mot de passe oublié",
                        "Réinitialiser son mot de passe",
                        "Cliquez sur « mot de passe oublié » sur la page de connexion.")
                .translate(
                        password,
                        "en",
                        unique("password"),
                        "Forgotten password",
                        "Resetting your password",
                        "Click \"forgotten password\" on the sign-in page and follow the printers' guide.");
        internal = articles.article("PUBLISHED", "INTERNAL");
        articles.translate(
                internal,
                "fr",
                unique("interne"),
                "Procédure interne des factures",
                "Pour l'équipe",
                "La facture est validée par la comptabilité.");
        draft = articles.article("DRAFT", "PUBLIC");
        articles.translate(
                draft,
                "fr",
                unique("brouillon"),
                "Factures en brouillon",
                "Pas encore publié",
                "Cet article sur les factures n'est pas publié.");
    }

    private List<Long> ids(String query, Language reader) {
        return search.search(query, reader, Scope.PUBLIC, Match.EVERY_WORD, 50).stream()
                .map(Hit::articleId)
                .toList();
    }

    @Test
    void theStrategyIsTheDatabasesOwn() {
        assertThat(search.strategy()).isEqualTo(TestDatabase.postgres() ? "postgresql" : "h2");
    }

    @Test
    void frenchWordsAreFoundWhateverTheirAccentsAndNumber() {
        assertThat(ids("facture", Language.FR)).contains(invoices);
        assertThat(ids("FACTURES", Language.FR)).contains(invoices);
        assertThat(ids("reseau", Language.FR)).contains(network);
        assertThat(ids("réseaux", Language.FR)).contains(network);
        assertThat(ids("imprimantes", Language.FR)).contains(printer, printerInBody);
        assertThat(ids("imprimante", Language.FR)).contains(printer, printerInBody);
        assertThat(ids("mot de passe", Language.FR)).contains(password).doesNotContain(invoices, printer);
        assertThat(ids("mot de passe facture", Language.FR)).doesNotContain(password, invoices);
    }

    @Test
    void englishWordsAreFoundWhateverTheirNumber() {
        assertThat(ids("invoice", Language.EN)).contains(invoices);
        assertThat(ids("Passwords", Language.EN)).contains(password).doesNotContain(invoices);
        assertThat(ids("printer", Language.EN)).contains(password);
    }

    @Test
    void eachArticleComesOnceInTheReadersLanguageWhenThatVersionMatches() {
        List<Hit> french = search.search("facture", Language.FR, Scope.PUBLIC, Match.EVERY_WORD, 50);
        assertThat(french.stream().filter(hit -> hit.articleId() == invoices))
                .singleElement()
                .satisfies(hit -> assertThat(hit.language()).isEqualTo(Language.FR));
        List<Hit> english = search.search("invoices", Language.EN, Scope.PUBLIC, Match.EVERY_WORD, 50);
        assertThat(english.stream().filter(hit -> hit.articleId() == invoices))
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.language()).isEqualTo(Language.EN);
                    assertThat(hit.path()).startsWith("/help/articles/invoices-");
                });
    }

    @Test
    void aMatchInTheTitleComesBeforeAMatchInTheBody() {
        List<Long> found = ids("imprimante", Language.FR);
        assertThat(found.indexOf(printer)).isLessThan(found.indexOf(printerInBody));
    }

    @Test
    void matchedWordsAreMarkedAndTheTextEscaped() {
        long tricky = articles.publicFrench(
                unique("html"), "Factures <script>alert(1)</script>", "x & y", "Les <b>factures</b> & avoirs.");
        Hit hit = search.search("facture", Language.FR, Scope.PUBLIC, Match.EVERY_WORD, 50).stream()
                .filter(h -> h.articleId() == tricky)
                .findFirst()
                .orElseThrow();
        assertThat(hit.titleHtml()).isEqualTo("<mark>Factures</mark> &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(hit.snippetHtml())
                .contains("&lt;b&gt;<mark>factures</mark>&lt;/b&gt; &amp; avoirs")
                .doesNotContain("<b>", "<script>");
    }

    @Test
    void visitorsNeverFindDraftsNorInternalArticlesAndStaffFindInternalOnes() {
        assertThat(ids("facture", Language.FR)).doesNotContain(internal, draft);
        assertThat(search.search("facture", Language.FR, Scope.STAFF, Match.EVERY_WORD, 50).stream()
                        .map(Hit::articleId))
                .contains(internal)
                .doesNotContain(draft);
    }

    @Test
    void suggestionsTakeAnyWordWhileASearchWantsThemAll() {
        String typed = "ma facture du mois et le wifi";
        assertThat(ids(typed, Language.FR)).doesNotContain(invoices);
        assertThat(search.search(typed, Language.FR, Scope.PUBLIC, Match.ANY_WORD, 50).stream()
                        .map(Hit::articleId))
                .contains(invoices);
    }

    @Test
    void suggestionsTakeTheWordBeingTypedAsABeginning() {
        List<Hit> typing = search.search("Mon impri", Language.FR, Scope.PUBLIC, Match.ANY_WORD, 50);
        assertThat(typing.stream().map(Hit::articleId)).contains(printer);
        assertThat(typing.stream().filter(hit -> hit.articleId() == printer))
                .singleElement()
                .satisfies(hit -> assertThat(hit.titleHtml()).isEqualTo("Installer une <mark>imprimante</mark>"));
        assertThat(search.search("Mon impri", Language.FR, Scope.PUBLIC, Match.ANY_WORD, 50).stream()
                        .map(Hit::articleId))
                .doesNotContain(network);
        assertThat(ids("Mon impri", Language.FR))
                .as("a search wants whole words")
                .doesNotContain(printer);
        assertThat(search.search("de la", Language.FR, Scope.PUBLIC, Match.ANY_WORD, 5))
                .isEmpty();
    }

    @Test
    void blankAndPunctuationOnlyQueriesFindNothingWithoutFailing() {
        assertThat(ids("   ", Language.FR)).isEmpty();
        assertThat(ids("!!! ??? ' & | :*", Language.FR)).isEmpty();
        assertThat(search.search("' & | ! :* (", Language.FR, Scope.PUBLIC, Match.ANY_WORD, 5))
                .isEmpty();
    }
}
