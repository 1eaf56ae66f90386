package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Texts longer than what a request keeps: a message next to the field with the typed text, never an error page. */
class RequestTextLimitsIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    ApiTokenManagement tokens;

    @LocalServerPort
    int port;

    @Test
    void aReplyLongerThanAMessageIsRefusedWithTheTextKept() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = submit(customer, agent);
        String tooLong = "Début-tapé " + "x".repeat(20_001);

        MockHttpServletResponse portal = mvc.perform(post("/portal/requests/" + request.getReference() + "/messages")
                        .param("body", tooLong)
                        .with(user(new AccountPrincipal(customer)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(portal.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(portal.getContentAsString()))
                .contains("20 000")
                .contains(tooLong);

        MockHttpServletResponse desk = mvc.perform(post("/desk/requests/" + request.getReference() + "/reply")
                        .param("version", String.valueOf(request.getVersion()))
                        .param("body", tooLong)
                        .with(user(new AccountPrincipal(agent)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(desk.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(desk.getContentAsString()))
                .contains("20 000")
                .contains(tooLong);
        assertThat(requests.conversation(request.getId(), true)).hasSize(1);
    }

    @Test
    void aRatingCommentLongerThanItsColumnIsRefusedWithTheTextKept() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = submit(customer, agent);
        MockHttpServletResponse resolved = mvc.perform(post("/api/v1/requests/" + request.getReference() + "/resolve")
                        .header("Authorization", "Bearer " + apiTokenOf(agent))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + request.getVersion() + ",\"answer\":\"Réglé.\"}"))
                .andReturn()
                .getResponse();
        assertThat(resolved.getStatus()).isEqualTo(200);
        String comment = "Commentaire-tapé " + "y".repeat(3_000);

        MockHttpServletResponse rating = mvc.perform(post("/portal/requests/" + request.getReference() + "/rating")
                        .param("score", "4")
                        .param("comment", comment)
                        .with(user(new AccountPrincipal(customer)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(rating.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(rating.getContentAsString()))
                .contains("2 000")
                .contains(comment);
        assertThat(requests.get(request.getId()).getRating()).isNull();
    }

    @Test
    void aFileNameLongerThanItsColumnIsShortenedKeepingItsExtension() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = submit(customer, agent);
        String name = "é".repeat(296) + ".pdf";

        MockHttpServletResponse attached = mvc.perform(
                        staffUpload("/desk/requests/" + request.getReference() + "/attachments", name, agent))
                .andReturn()
                .getResponse();
        assertThat(attached.getStatus()).isEqualTo(302);
        assertThat(attachments.attachments(request.getId(), true))
                .singleElement()
                .satisfies(file -> {
                    assertThat(file.filename()).endsWith(".pdf");
                    assertThat(file.filename().length()).isLessThanOrEqualTo(200);
                });
    }

    @Test
    void aLongFileNameSentByABrowserIsNoServerError() {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = submit(customer, agent);
        HttpSession desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);
        for (String name : new String[] {"a".repeat(296) + ".pdf", "é".repeat(296) + ".pdf"}) {
            desk.get("/desk/requests/" + request.getReference());
            HttpResponse<String> attached = desk.postFile(
                    "/desk/requests/" + request.getReference() + "/attachments",
                    name,
                    "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            assertThat(attached.statusCode()).as(name).isIn(200, 302);
        }
        assertThat(attachments.attachments(request.getId(), true))
                .hasSize(2)
                .allSatisfy(file -> assertThat(file.filename()).endsWith(".pdf"));
    }

    private static RequestBuilder staffUpload(String path, String filename, UserAccount who) {
        return multipart(path)
                .file(new MockMultipartFile(
                        "files", filename, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                .with(user(new AccountPrincipal(who)))
                .with(csrf());
    }

    private Request submit(UserAccount customer, UserAccount agent) {
        return requests.submit(
                TestRequests.byPhone(agent, customer.getCustomerOrganisationId(), "Client", "Limites de texte"),
                TestRequests.actorOf(agent));
    }
}
