package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * Files attached on the portal, the desk and the back office: limits that keep the typed text, and downloads only for
 * who may see the request (and the file).
 */
class AttachmentsIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Test
    void aCustomerAttachesAFileThatOnlyAllowedPeopleDownload() throws Exception {
        UserAccount customer = customerUser();
        byte[] pdf = "%PDF-1.4 facture".getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse submitted = mvc.perform(multipart("/portal/requests")
                        .file(new MockMultipartFile("files", "facture novembre.pdf", "application/pdf", pdf))
                        .param("subject", "Facture illisible")
                        .param("category", "OTHER")
                        .param("description", "Voir la pièce jointe")
                        .with(user(new AccountPrincipal(customer)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(submitted.getStatus()).isEqualTo(302);
        String reference = submitted
                .getRedirectedUrl()
                .substring(submitted.getRedirectedUrl().lastIndexOf('/') + 1);
        Request request = requests.findByReference(reference).orElseThrow();
        List<Attachment> files = attachments.attachments(request.getId(), true);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("facture novembre.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.size()).isEqualTo(pdf.length);
        });
        String path = "/requests/" + reference + "/attachments/" + files.get(0).id();

        MockHttpServletResponse download = mvc.perform(get("/portal" + path).with(user(new AccountPrincipal(customer))))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(mvc.perform(get("/desk" + path).with(user(new AccountPrincipal(staff(Role.FRONT_OFFICE)))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/portal" + path).with(user(new AccountPrincipal(customerUser()))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/back" + path).with(user(new AccountPrincipal(staff(Role.BACK_OFFICE)))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aFileTooLargeOrOfAForbiddenTypeKeepsEverythingTyped() throws Exception {
        UserAccount customer = customerUser();
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        MockHttpServletResponse tooLarge = mvc.perform(multipart("/portal/requests")
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", elevenMegabytes))
                        .param("subject", "Mon sujet tapé")
                        .param("category", "OTHER")
                        .param("description", "Ma description tapée")
                        .with(user(new AccountPrincipal(customer)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(tooLarge.getContentAsString());
        assertThat(page)
                .contains("dépasse la taille autorisée")
                .contains("value=\"Mon sujet tapé\"")
                .contains("Ma description tapée");

        MockHttpServletResponse script = mvc.perform(multipart("/portal/requests")
                        .file(new MockMultipartFile(
                                "files",
                                "page.html",
                                "text/html",
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .param("subject", "Autre sujet")
                        .param("category", "OTHER")
                        .param("description", "Texte")
                        .with(user(new AccountPrincipal(customer)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(HtmlUtils.htmlUnescape(script.getContentAsString()))
                .contains("Ce type de fichier n’est pas accepté");
        assertThat(requests.ofOrganisation(customer.getCustomerOrganisationId(), 10))
                .isEmpty();
    }

    @Test
    void staffAttachFilesForTheCustomerOrForColleaguesOnly() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Devis demandé", "Merci de m'envoyer le devis"),
                TestRequests.actorOf(customer));
        String base = "/desk/requests/" + request.getReference();
        AccountPrincipal desk = new AccountPrincipal(agent);

        MockHttpServletResponse none = mvc.perform(
                        multipart(base + "/attachments").with(user(desk)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(none.getContentAsString()))
                .contains("id=\"attach-error\"")
                .contains("Choisissez au moins un fichier.");

        byte[] quote = "%PDF-1.4 devis".getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.perform(multipart(base + "/attachments")
                                .file(new MockMultipartFile("files", "devis.pdf", "application/pdf", quote))
                                .with(user(desk))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        byte[] memo = "marge 12 %".getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.perform(multipart(base + "/attachments")
                                .file(new MockMultipartFile("files", "calcul-marge.txt", "text/plain", memo))
                                .param("internal", "true")
                                .with(user(desk))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        List<Attachment> all = attachments.attachments(request.getId(), true);
        assertThat(all).extracting(Attachment::filename).containsExactly("devis.pdf", "calcul-marge.txt");
        assertThat(attachments.attachments(request.getId(), false))
                .extracting(Attachment::filename)
                .containsExactly("devis.pdf");
        long memoId = all.get(1).id();
        AccountPrincipal client = new AccountPrincipal(customer);
        String portalPage = mvc.perform(
                        get("/portal/requests/" + request.getReference()).with(user(client)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(portalPage).contains("devis.pdf").doesNotContain("calcul-marge.txt");
        String path = "/requests/" + request.getReference() + "/attachments/" + memoId;
        assertThat(mvc.perform(get("/portal" + path).with(user(client)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse forStaff =
                mvc.perform(get("/desk" + path).with(user(desk))).andReturn().getResponse();
        assertThat(forStaff.getStatus()).isEqualTo(200);
        assertThat(forStaff.getContentAsByteArray()).isEqualTo(memo);
        assertThat(mvc.perform(get(base).with(user(desk)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("calcul-marge.txt")
                .contains("Interne");
    }
}
