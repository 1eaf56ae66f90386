package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/** The desk's lists and the queues' keyset: filtered in the query, paged, and half a keyset is no error. */
class DeskQueueIT extends IntegrationTest {

    private static final Pattern NEXT = Pattern.compile("href=\"(/desk/requests\\?view=unowned[^\"]*afterId=[^\"]+)\"");

    @Autowired
    RequestManagement requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnownedRequestBehindAHundredOwnedOnesIsListedOnALaterPage() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Actor actor = TestRequests.actorOf(agent);
        for (int i = 0; i < 101; i++) {
            requests.submit(TestRequests.byPhone(agent, null, "Client", "Avec interlocuteur " + i), actor);
        }
        Request unowned = requests.submit(
                new NewRequest(
                        "Sans interlocuteur", "Texte", Category.OTHER, Channel.EMAIL, null, null, "Client", null, null),
                actor);
        // Left without an interlocutor, as when no rule finds anyone (nobody of the front office present, ADR 0020).
        jdbc.sql("UPDATE requests_request SET owner_id = NULL WHERE id = :id")
                .param("id", unowned.getId())
                .update();
        assertThat(requests.get(unowned.getId()).getOwnerId()).isNull();

        String path = "/desk/requests?view=unowned";
        boolean found = false;
        for (int pages = 0; pages < 200 && path != null && !found; pages++) {
            MockHttpServletResponse page = mvc.perform(get(path).with(user(new AccountPrincipal(agent))))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            String html = page.getContentAsString();
            found = html.contains(unowned.getReference());
            assertThat(html).doesNotContain("Avec interlocuteur");
            Matcher next = NEXT.matcher(html);
            path = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
        }
        assertThat(found).as("the unowned request is on one of the pages").isTrue();
    }

    @Test
    void halfAKeysetShowsTheFirstPage() throws Exception {
        UserAccount clerk = staff(Role.BACK_OFFICE);
        UserAccount member = users.findByUsername("facturation").orElse(clerk);
        for (String query : new String[] {"?afterId=1", "?afterDue=2026-01-01T00:00:00Z"}) {
            MockHttpServletResponse back = mvc.perform(
                            get("/back/requests" + query).with(user(new AccountPrincipal(member))))
                    .andReturn()
                    .getResponse();
            assertThat(back.getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse desk = mvc.perform(get("/desk/requests?view=unowned&afterId=1")
                        .with(user(new AccountPrincipal(staff(Role.FRONT_OFFICE)))))
                .andReturn()
                .getResponse();
        assertThat(desk.getStatus()).isEqualTo(200);
    }
}
