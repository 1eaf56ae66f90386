package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Deflection end to end over HTTP: the forms carry a token and show the suggestions panel, the suggestions fragment,
 * an article opened from it counted, and then either avoided (nobody wrote within the delay) or not (a request was
 * sent with the token) — on the contact form and on the portal. Also the search page and the staff's article picker.
 */
class DeflectionIT extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"deflection\" value=\"([A-Za-z0-9_-]{30})\"");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeflectionManagement deflection;

    @Autowired
    RequestManagement requests;

    long vpn;
    String vpnSlug;
    long internal;

    /** A word of letters that only this test's article has, so that earlier tests' articles never crowd it out. */
    String marker;

    @BeforeEach
    void articles() {
        TestArticles articles = new TestArticles(jdbc);
        vpnSlug = unique("vpn");
        marker = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        vpn = articles.publicFrench(
                vpnSlug,
                "Se connecter au VPN depuis chez soi",
                "Accès à distance " + marker,
                "Installez le client VPN, puis connectez-vous avec votre mot de passe habituel.");
        internal = articles.article("PUBLISHED", "INTERNAL");
        articles.translate(
                internal,
                "fr",
                unique("vpn-interne"),
                "VPN : redémarrer la passerelle",
                "Équipe IT",
                "Procédure interne de redémarrage de la passerelle VPN.");
    }

    @Test
    void theContactFormCarriesATokenAndTheSuggestionsPanel() throws Exception {
        String page = mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString();
        assertThat(TOKEN.matcher(page).find()).isTrue();
        assertThat(page).contains("id=\"deflection-suggestions\"").contains("hx-get=\"/help/suggest?channel=CONTACT\"");
    }

    @Test
    void thePortalsNewRequestFormCarriesATokenAndThePanel() throws Exception {
        String page = mvc.perform(get("/portal/requests/new").with(user(new AccountPrincipal(customerUser()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(TOKEN.matcher(page).find()).isTrue();
        assertThat(page).contains("hx-get=\"/help/suggest?channel=PORTAL\"");
    }

    @Test
    void theSuggestionsForASubjectLinkThroughTheCounterAndNeverShowInternalArticles() throws Exception {
        String token = deflection.issue();
        String fragment = HtmlUtils.htmlUnescape(mvc.perform(get("/help/suggest")
                        .param("subject", "Connexion VPN impossible " + marker)
                        .param("deflection", token)
                        .param("channel", "PORTAL")
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("/help/suggest/" + vpn + "?deflection=" + token + "&channel=PORTAL")
                .contains("<mark>VPN</mark>")
                .doesNotContain("/help/suggest/" + internal + "?")
                .doesNotContain("passerelle");
    }

    @Test
    void anArticleOpenedAndThenLeftCountsAsARequestAvoidedOnceTheDelayIsOver() throws Exception {
        String token = deflection.issue();
        MockHttpServletResponse opened = open(vpn, token, "CONTACT");
        assertThat(opened.getStatus()).isEqualTo(303);
        assertThat(opened.getHeader("Location")).isEqualTo("/help/articles/" + vpnSlug);
        open(vpn, token, "CONTACT"); // opened twice from the same form: one view
        assertThat(figures().views()).isEqualTo(1);
        assertThat(figures().avoided()).isZero(); // too recent to tell
        backdate(token, Duration.ofMinutes(31));
        assertThat(figures().avoided()).isEqualTo(1);
        assertThat(figures().submitted()).isZero();
    }

    @Test
    void anArticleOpenedAndThenARequestSentFromTheContactFormIsNotAvoided() throws Exception {
        String page = mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString();
        Matcher found = TOKEN.matcher(page);
        assertThat(found.find()).isTrue();
        String token = found.group(1);
        open(vpn, token, "CONTACT");
        MockHttpServletResponse sent = mvc.perform(post("/contact")
                        .param("name", "Jeanne Moreau")
                        .param("email", unique("visiteur") + "@example.fr")
                        .param("category", "TECHNICAL")
                        .param("subject", "VPN toujours en panne")
                        .param("message", "J'ai suivi l'article, sans succès.")
                        .param("website", "")
                        .param("deflection", token)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(uniqueAddress());
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        backdate(token, Duration.ofHours(2));
        assertThat(figures().views()).isEqualTo(1);
        assertThat(figures().avoided()).isZero();
        assertThat(figures().submitted()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT request_reference FROM knowledge_deflection_form WHERE token = :t")
                        .param("t", token)
                        .query(String.class)
                        .single())
                .startsWith("DEM-");
    }

    @Test
    void anArticleOpenedAndThenARequestSentFromThePortalIsNotAvoided() throws Exception {
        UserAccount customer = customerUser();
        String token = deflection.issue();
        open(vpn, token, "PORTAL");
        MockHttpServletResponse sent = mvc.perform(post("/portal/requests")
                        .param("subject", "VPN")
                        .param("category", "TECHNICAL")
                        .param("description", "Toujours rien.")
                        .param("deflection", token)
                        .with(csrf())
                        .with(user(new AccountPrincipal(customer))))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        backdate(token, Duration.ofHours(2));
        assertThat(figures().avoided()).isZero();
        assertThat(figures().submitted()).isEqualTo(1);
    }

    @Test
    void anInternalArticleCannotBeOpenedFromASuggestionAndABadTokenIsNotCounted() throws Exception {
        String token = deflection.issue();
        assertThat(open(internal, token, "CONTACT").getStatus()).isEqualTo(404);
        assertThat(open(vpn, "not-a-token'--", "CONTACT").getStatus()).isEqualTo(303);
        // well formed but not issued here (a forged one to inflate the figures): served, never counted
        assertThat(open(vpn, "A".repeat(30), "CONTACT").getStatus()).isEqualTo(303);
        // a genuine token with one character of its signature changed (not the last one: its low bits are padding)
        String genuine = deflection.issue();
        char signed = genuine.charAt(25);
        String altered = genuine.substring(0, 25) + (signed == 'A' ? 'B' : 'A') + genuine.substring(26);
        assertThat(open(vpn, altered, "CONTACT").getStatus()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_deflection_open WHERE article_id IN (:a, :b)")
                        .param("a", vpn)
                        .param("b", internal)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anArticleWrittenInBothLanguagesOpensInTheReadersAndIsCounted() throws Exception {
        String english = unique("vpn-home");
        new TestArticles(jdbc)
                .translate(vpn, "en", english, "Connect to the VPN from home", "Remote access", "Install the client.");
        String token = deflection.issue();
        var opened = open(vpn, token, "PORTAL");
        assertThat(opened.getStatus()).isEqualTo(303);
        assertThat(opened.getRedirectedUrl()).endsWith("/help/articles/" + vpnSlug);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_deflection_open WHERE token = :t AND article_id = :a")
                        .param("t", token)
                        .param("a", vpn)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void theSearchPageListsAndHighlightsTheMatchesWithTheirCount() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/help/search").param("q", "passerelle vpn"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page).doesNotContain("/help/articles/vpn-interne").doesNotContain("passerelle VPN");
        String found = HtmlUtils.htmlUnescape(mvc.perform(get("/help/search").param("q", "connecter vpn " + marker))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(found)
                .contains("/help/articles/" + vpnSlug)
                .contains("<mark>VPN</mark>")
                .containsPattern("1 article pour « connecter vpn " + marker + " »");
        String none = HtmlUtils.htmlUnescape(mvc.perform(get("/help/search").param("q", unique("zzzqx")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(none).contains("Aucun article pour");
    }

    @Test
    void staffPickAnArticlesAbsoluteAddressForTheirReplyAndNeverAnInternalOne() throws Exception {
        for (String zone : new String[] {"back", "desk"}) {
            Role role = zone.equals("back") ? Role.BACK_OFFICE : Role.FRONT_OFFICE;
            String fragment = HtmlUtils.htmlUnescape(mvc.perform(get("/" + zone + "/knowledge/pick")
                            .param("q", "vpn passerelle " + marker)
                            .with(user(new AccountPrincipal(staff(role)))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(fragment)
                    .contains("data-insert=\"Se connecter au VPN depuis chez soi : http://localhost:8080/help/articles/"
                            + vpnSlug + "\"")
                    .doesNotContain("redémarrer la passerelle");
        }
    }

    @Test
    void thePickerOffersTheArticleInTheLanguageOfTheRequestsCustomer() throws Exception {
        String englishSlug = unique("vpn-en");
        new TestArticles(jdbc)
                .translate(
                        vpn,
                        "en",
                        englishSlug,
                        "Connecting to the VPN from home",
                        "Remote access " + marker,
                        "Install it.");
        UserAccount customer = customerUser();
        users.changeLanguage(customer.getUsername(), Language.EN);
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "VPN", "How do I connect?"), TestRequests.actorOf(customer));
        AccountPrincipal agent = new AccountPrincipal(staff(Role.FRONT_OFFICE));
        String forTheCustomer = HtmlUtils.htmlUnescape(mvc.perform(get("/desk/knowledge/pick")
                        .param("q", "vpn " + marker)
                        .param("reference", request.getReference())
                        .with(user(agent)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(forTheCustomer)
                .contains("Connecting to the VPN from home : http://localhost:8080/help/articles/" + englishSlug);
        String withoutRequest = HtmlUtils.htmlUnescape(mvc.perform(
                        get("/desk/knowledge/pick").param("q", "vpn " + marker).with(user(agent)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(withoutRequest).contains("/help/articles/" + vpnSlug + "\"");
    }

    @Test
    void theFiguresPageShowsTheArticlesOpenedFromSuggestions() throws Exception {
        String token = deflection.issue();
        open(vpn, token, "CONTACT");
        backdate(token, Duration.ofMinutes(40));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/back/knowledge/deflection")
                        .param("days", "7")
                        .with(user(new AccountPrincipal(staff(Role.BACK_OFFICE)))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page).contains("Se connecter au VPN depuis chez soi").contains("Demandes évitées");
    }

    private MockHttpServletResponse open(long article, String token, String channel) throws Exception {
        return mvc.perform(get("/help/suggest/" + article)
                        .param("deflection", token)
                        .param("channel", channel))
                .andReturn()
                .getResponse();
    }

    private void backdate(String token, Duration by) {
        jdbc.sql("UPDATE knowledge_deflection_form SET first_opened_at = :at WHERE token = :token")
                .param("at", Instant.now().minus(by).atOffset(ZoneOffset.UTC))
                .param("token", token)
                .update();
    }

    private DeflectionFigures.ArticleFigures figures() {
        return deflection.figures(7, Language.FR, 100_000).articles().stream()
                .filter(a -> a.articleId() == vpn)
                .findFirst()
                .orElse(new DeflectionFigures.ArticleFigures(vpn, "", 0, 0, 0));
    }
}
