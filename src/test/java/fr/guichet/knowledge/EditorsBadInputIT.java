package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * What the review of the site's and the knowledge base's editors sent them: numbers that are not numbers, pages past
 * the last, texts that grow too long once formatted, an address another article has in the other language, a search
 * of thousands of characters. Each gets an answer with a message, never a server error.
 */
class EditorsBadInputIT extends IntegrationTest {

    @Autowired
    KnowledgeManagement knowledge;

    @LocalServerPort
    int port;

    @Test
    void anArticleWithIdsThatAreNotNumbersIsShownAgainWithWhatWasTyped() throws Exception {
        AccountPrincipal lead = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.TEAM_LEAD));
        for (String[] bad : new String[][] {{"categoryId", "abc"}, {"related", "abc"}, {"version", "x"}}) {
            MvcResult result = mvc.perform(post("/back/knowledge")
                            .with(user(lead))
                            .with(csrf())
                            .param("audience", "PUBLIC")
                            .param("titleFr", "Texte gardé")
                            .param("bodyFr", "Corps")
                            .param(bad[0], bad[1]))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(bad[0]).isLessThan(500);
            assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                    .as(bad[0])
                    .contains("Texte gardé");
        }
    }

    @Test
    void aPagePastTheLastShowsTheLast() throws Exception {
        AccountPrincipal writer = new AccountPrincipal(staff(Role.BACK_OFFICE));
        assertThat(mvc.perform(get("/back/knowledge").param("page", "85899346").with(user(writer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTextTooLongOnceFormattedIsRefusedNextToItsField() throws Exception {
        AccountPrincipal writer = new AccountPrincipal(staff(Role.BACK_OFFICE));
        MvcResult article = mvc.perform(post("/back/knowledge")
                        .with(user(writer))
                        .with(csrf())
                        .param("audience", "PUBLIC")
                        .param("titleFr", "Liste")
                        .param("bodyFr", "- a\n".repeat(12_400))
                        .param("version", "0"))
                .andReturn();
        assertThat(article.getResponse().getStatus()).isEqualTo(200);
        assertThat(article.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"bodyFr-error\"");

        HttpSession webmaster = new HttpSession(port);
        webmaster.login(staff(Role.BACK_OFFICE, Role.WEBMASTER).getUsername(), PASSWORD);
        webmaster.get("/back/website/pages/new");
        for (String bad : new String[] {"abc", "99999999999"}) {
            HttpResponse<String> menu = webmaster.post(
                    "/back/website/pages", "kind", "PAGE", "titleFr", "Gardé", "bodyFr", "x", "menuPosition", bad);
            assertThat(menu.statusCode()).as(bad).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(menu.body())).as(bad).contains("Gardé");
        }
    }

    @Test
    void anAddressAnotherArticleHasInTheOtherLanguageIsTaken() throws Exception {
        AccountPrincipal lead = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.TEAM_LEAD));
        String slug = unique("adresse").toLowerCase(java.util.Locale.ROOT);
        mvc.perform(post("/back/knowledge")
                .with(user(lead))
                .with(csrf())
                .param(
                        "categoryId",
                        String.valueOf(knowledge.categories().get(0).getId()))
                .param("audience", "PUBLIC")
                .param("titleFr", "Original")
                .param("slugFr", slug)
                .param("bodyFr", "Texte")
                .param("version", "0"));
        MvcResult second = mvc.perform(post("/back/knowledge")
                        .with(user(lead))
                        .with(csrf())
                        .param(
                                "categoryId",
                                String.valueOf(knowledge.categories().get(0).getId()))
                        .param("audience", "PUBLIC")
                        .param("titleEn", "Hijack")
                        .param("slugEn", slug)
                        .param("bodyEn", "Text")
                        .param("version", "0"))
                .andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"slugEn-error\"");
    }

    @Test
    void aSearchOfThousandsOfCharactersIsCutToItsBeginning() throws Exception {
        String huge = "abcd ".repeat(1_600);
        var response =
                mvc.perform(get("/help/search").param("q", huge)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("cut=1").hasSizeLessThan(400);
    }
}
