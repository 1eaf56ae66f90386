package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.UnknownRequest;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** "Turn into an article": the draft from a resolved request, and the button on the request's page. */
class ArticleDraftsIT extends IntegrationTest {

    @Autowired
    ArticleDrafts drafts;

    @Autowired
    RequestManagement requests;

    @Test
    void theDraftTakesTheQuestionAndThePublicAnswersButNoInternalNoteNorPersonalData() throws Exception {
        UserAccount customer = customerUser();
        AccountPrincipal admin = new AccountPrincipal(staff(Role.ADMIN, Role.BACK_OFFICE));
        Request request = requests.submit(
                TestRequests.fromPortal(
                        customer,
                        "Imprimante réseau hors ligne",
                        "Bonjour,\nL'imprimante du 2e étage est hors ligne depuis ce matin. Rappelez-moi au 04 72 00 00 00"
                                + " ou à " + customer.getEmail() + ".\nCordialement,\n" + customer.getDisplayName()),
                TestRequests.actorOf(customer));
        long id = request.getId();
        requests.addInternalNote(id, requests.get(id).getVersion(), "Note interne : le client est pénible", admin);
        requests.replyToCustomer(
                id,
                requests.get(id).getVersion(),
                "Bonjour " + customer.getDisplayName() + ",\nRedémarrez l'imprimante puis réinstallez le pilote.\n"
                        + "Bien à vous,\nNadia",
                false,
                admin);
        requests.resolve(id, requests.get(id).getVersion(), "Le pilote a été mis à jour à distance.", admin);

        LocaleContextHolder.setLocale(Locale.FRENCH);
        ArticleDraft draft;
        try {
            draft = drafts.fromRequest(request.getReference(), admin);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(draft.title()).isEqualTo("Imprimante réseau hors ligne");
        assertThat(draft.sourceRequest()).isEqualTo(request.getReference());
        assertThat(draft.bodyMarkdown())
                .startsWith("## La question")
                .contains("L'imprimante du 2e étage est hors ligne")
                .contains("## La réponse")
                .contains("Redémarrez l'imprimante puis réinstallez le pilote.")
                .doesNotContain("Note interne", "pénible")
                .doesNotContain(customer.getEmail(), "04 72 00 00 00", customer.getDisplayName())
                .doesNotContain("Bonjour", "Cordialement", "Bien à vous");
    }

    @Test
    void aStaffMemberWhoMayNotSeeTheRequestGetsNoDraft() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Facture", "Question"), TestRequests.actorOf(customer));
        AccountPrincipal otherCustomer = new AccountPrincipal(customerUser());
        assertThatThrownBy(() -> drafts.fromRequest(request.getReference(), otherCustomer))
                .isInstanceOf(UnknownRequest.class);
    }

    @Test
    void aResolvedRequestsPageOffersToTurnItIntoAnArticleToBackOfficeStaff() throws Exception {
        UserAccount customer = customerUser();
        AccountPrincipal admin = new AccountPrincipal(staff(Role.ADMIN, Role.BACK_OFFICE));
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Accès VPN", "Comment ?"), TestRequests.actorOf(customer));
        String open = mvc.perform(
                        get("/back/requests/" + request.getReference()).with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(open).doesNotContain("/back/knowledge/new?fromRequest=").contains("id=\"article-pick-q\"");
        requests.resolve(request.getId(), requests.get(request.getId()).getVersion(), "Voici.", admin);
        String resolved = mvc.perform(
                        get("/back/requests/" + request.getReference()).with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(resolved).contains("/back/knowledge/new?fromRequest=" + request.getReference());
        String atTheDesk = mvc.perform(get("/desk/requests/" + request.getReference())
                        .with(user(new AccountPrincipal(staff(Role.FRONT_OFFICE)))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(atTheDesk).doesNotContain("/back/knowledge/new?fromRequest=");

        // the button opens the editor with the draft written from the request
        String editor = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/back/knowledge/new")
                        .param("fromRequest", request.getReference())
                        .with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(editor)
                .contains("value=\"Accès VPN\"")
                .contains("## La question")
                .contains("Voici.");
        // someone who may not see the request gets no editor of it
        int refused = mvc.perform(get("/back/knowledge/new")
                        .param("fromRequest", request.getReference())
                        .with(user(new AccountPrincipal(staff(Role.BACK_OFFICE)))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(refused).isEqualTo(404);
    }
}
