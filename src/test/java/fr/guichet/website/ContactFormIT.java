package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.requests.Channel;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The public contact form: a request and a receipt, errors next to the fields, robots and floods turned away. */
class ContactFormIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Test
    void aVisitorsMessageBecomesARequestWithAReceipt() throws Exception {
        String email = unique("visiteur") + "@example.fr";
        MockHttpServletResponse response = mvc.perform(
                        contact(uniqueAddress(), "Jeanne Moreau", email, "Tarifs de l'infogérance", ""))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String notice = HtmlUtils.htmlUnescape(String.valueOf(response.getRedirectedUrl()));
        assertThat(notice).isEqualTo("/contact");
        List<MimeMessage> receipt = TestMail.awaitFor(email, 1);
        assertThat(receipt).hasSize(1);
        Matcher reference =
                Pattern.compile("DEM-\\d{4}-\\d{6,}").matcher(receipt.get(0).getSubject());
        assertThat(reference.find()).isTrue();
        Request request = requests.findByReference(reference.group()).orElseThrow();
        assertThat(request.getChannel()).isEqualTo(Channel.WEB_FORM);
        assertThat(request.getRequesterName()).isEqualTo("Jeanne Moreau");
        assertThat(request.getRequesterEmail()).isEqualTo(email);
        assertThat(request.getOrganisationId()).isNull();
    }

    @Test
    void missingFieldsAreShownNextToTheFieldsAndTheTextIsKept() throws Exception {
        MockHttpServletResponse response = mvc.perform(contact(uniqueAddress(), "", "pas-une-adresse", "", ""))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(page)
                .contains("id=\"name-error\"")
                .contains("id=\"email-error\"")
                .contains("value=\"pas-une-adresse\"")
                .contains("Message de plusieurs lignes");
    }

    @Test
    void aRobotFillingTheHiddenFieldCreatesNothing() throws Exception {
        String email = unique("robot") + "@example.fr";
        MockHttpServletResponse response = mvc.perform(
                        contact(uniqueAddress(), "Robot", email, "Offre", "http://spam.example"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        Thread.sleep(500);
        assertThat(TestMail.receivedBy(email)).isEmpty();
    }

    @Test
    void oneAddressMaySendFiveMessagesAnHour() throws Exception {
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(contact(address, "Flood " + i, unique("flood") + "@example.fr", "Sujet " + i, ""))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }
        MockHttpServletResponse refused = mvc.perform(
                        contact(address, "Sixième", unique("flood") + "@example.fr", "Encore", ""))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString()))
                .contains("Vous avez déjà envoyé plusieurs messages")
                .contains("value=\"Sixième\"");
        assertThat(mvc.perform(contact(uniqueAddress(), "Autre", unique("ok") + "@example.fr", "Ok", ""))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    private static MockHttpServletRequestBuilder contact(
            String address, String name, String email, String subject, String honeypot) {
        return post("/contact")
                .param("name", name)
                .param("email", email)
                .param("category", "PRE_SALES")
                .param("subject", subject)
                .param("message", "Message de plusieurs lignes\npour tester.")
                .param("website", honeypot)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
