package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.util.HtmlUtils;

/** Documents attached to a contract: checked on upload, downloaded by staff and by the contract's customer only. */
class ContractDocumentsIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @Autowired
    ContractDocumentManagement documents;

    @Test
    void theSignedCopyIsAttachedAndOnlyTheCustomerOfTheContractDownloadsIt() throws Exception {
        UserAccount customer = customerUser();
        var today = contracts.today();
        Contract contract = contracts.draft(
                customer.getCustomerOrganisationId(),
                "Infogérance",
                new ContractTerms(today, today.plusYears(1), true, 12, 30));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), "INFOG-POSTE", BigDecimal.TEN, null);
        contract = contracts.activate(contract.getId(), contract.getVersion());
        AccountPrincipal office = new AccountPrincipal(staff(Role.BACK_OFFICE));
        String path = "/back/contracts/" + contract.getId() + "/documents";

        MockHttpServletResponse refused = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "outil.exe", "application/octet-stream", new byte[] {1, 2}))
                        .with(user(office))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString()))
                .contains("Ce type de fichier n’est pas accepté");

        byte[] signed = "%PDF-1.4 contrat signé".getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.perform(multipart(path)
                                .file(new MockMultipartFile("file", "contrat signé.pdf", "application/pdf", signed))
                                .with(user(office))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        ContractDocumentManagement.Document document =
                documents.of(contract.getId()).get(0);
        assertThat(document.filename()).isEqualTo("contrat signé.pdf");

        String download = "/portal/contracts/" + contract.getId() + "/documents/" + document.id();
        MockHttpServletResponse mine = mvc.perform(get(download).with(user(new AccountPrincipal(customer))))
                .andReturn()
                .getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsByteArray()).isEqualTo(signed);
        assertThat(mine.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(mvc.perform(get(download).with(user(new AccountPrincipal(customerUser()))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/portal/contracts/" + contract.getId()).with(user(new AccountPrincipal(customer))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("contrat signé.pdf");
    }
}
