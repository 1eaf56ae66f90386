package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Those who publish see on the back office's home the drafts waiting for them; writers do not. */
class KnowledgeReviewPanelIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishersSeeTheDraftsWaitingForThemOnTheirHome() throws Exception {
        String title = "Brouillon à relire " + unique("kb");
        TestArticles articles = new TestArticles(jdbc);
        long draft = articles.article("DRAFT", "PUBLIC");
        articles.translate(draft, "fr", unique("relire"), title, "Résumé", "Texte");

        String lead = home(new AccountPrincipal(staff(Role.BACK_OFFICE, Role.TEAM_LEAD)));
        assertThat(lead).contains("Articles à relire").contains("/back/knowledge?status=DRAFT");
        String writer = home(new AccountPrincipal(staff(Role.BACK_OFFICE)));
        assertThat(writer).doesNotContain("Articles à relire");
    }

    private String home(AccountPrincipal who) throws Exception {
        return mvc.perform(get("/back").with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
