package fr.guichet.billing.work;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceLine;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.NewWork;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkManagement;
import fr.guichet.requests.WorkRuleViolation;
import fr.guichet.support.AtOnce;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Billing's "to invoice" list and the one action that puts a customer's work on their next invoice: the entries are
 * claimed in the transaction that drafts it, so two clerks at once make one invoice; the request shows its invoice,
 * the portal what was validated; a deleted draft, or a work line taken off it, puts the work back on the list.
 */
class WorkInvoicingIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    WorkManagement work;

    @Autowired
    WorkInvoicing invoicing;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    TeamManagement teams;

    @Test
    void billingInvoicesACustomersWorkFromTheListAndTheRequestAndTheInvoiceLinkBothWays() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        Team team = team();
        AccountPrincipal tech = new AccountPrincipal(memberOf(team.getId()));
        Request first = heldBy(team, customer, "Poste lent");
        Request second = heldBy(team, customer, "Imprimante");
        WorkEntry time = work.record(first.getId(), NewWork.time(90, "Nettoyage"), tech);
        WorkEntry audit = work.record(second.getId(), NewWork.intervention("AUDIT-SECU", BigDecimal.ONE, null), tech);
        work.record(second.getId(), NewWork.time(30, "Conseil").withBillable(false), tech);

        HttpSession clerk = signedIn(staff(Role.BACK_OFFICE, Role.BILLING));
        String list = page(clerk, "/back/billing/to-invoice");
        String name = customers.find(organisation).orElseThrow().getName();
        assertThat(list)
                .contains(name)
                .contains(first.getReference())
                .contains(second.getReference())
                .contains("1 927,50")
                .doesNotContain("Conseil");

        HttpResponse<String> invoiced = clerk.post(
                "/back/billing/to-invoice/" + organisation,
                "entries",
                String.valueOf(time.getId()),
                "entries",
                String.valueOf(audit.getId()));
        assertThat(invoiced.statusCode()).isEqualTo(302);
        Invoice draft = invoices.ofOrganisation(organisation, 10).get(0);
        assertThat(invoiced.headers().firstValue("Location").orElseThrow())
                .endsWith("/back/billing/invoices/" + draft.getId());
        assertThat(draft.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.getLines())
                .extracting(InvoiceLine::requestId, InvoiceLine::workEntryId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.getId(), time.getId()),
                        org.assertj.core.groups.Tuple.tuple(second.getId(), audit.getId()));
        assertThat(draft.totalNet().amount()).isEqualByComparingTo("1927.50");
        assertThat(work.entryOf(first.getId(), time.getId()).getInvoiceId()).isEqualTo(draft.getId());
        assertThat(page(clerk, "/back/billing/to-invoice")).doesNotContain(name);

        String requestPage = page(signedIn(staff(Role.FRONT_OFFICE)), "/desk/requests/" + first.getReference());
        assertThat(requestPage)
                .contains("request-billing")
                .contains("brouillon")
                .contains("Facturé");
        HttpSession portal = signedIn(customer);
        assertThat(page(portal, "/portal/requests/" + first.getReference()))
                .as("a draft is not the customer's to read")
                .doesNotContain("request-billing");

        Invoice validated = invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
        assertThat(page(portal, "/portal/requests/" + first.getReference()))
                .contains("Facturé pour cette demande")
                .contains(validated.getNumber())
                .contains(first.getReference() + " — Intervention sur site (1 h 30) : Nettoyage")
                .doesNotContain("Audit de sécurité");
    }

    @Test
    void twoClerksInvoicingTheSameWorkAtOnceMakeOneInvoice() throws Exception {
        for (int round = 0; round < 3; round++) {
            UserAccount customer = customerUser();
            long organisation = customer.getCustomerOrganisationId();
            Team team = team();
            AccountPrincipal tech = new AccountPrincipal(memberOf(team.getId()));
            Request request = heldBy(team, customer, "Panne réseau");
            List<Long> ids = List.of(
                    work.record(request.getId(), NewWork.time(60, null), tech).getId(),
                    work.record(request.getId(), NewWork.time(15, null), tech).getId());

            List<Object> answers = AtOnce.call(2, () -> {
                try {
                    return invoicing.invoice(organisation, ids, "clerk");
                } catch (WorkRuleViolation refused) {
                    return refused.messageKey();
                }
            });

            assertThat(answers)
                    .filteredOn(InvoiceDrafting.Drafted.class::isInstance)
                    .hasSize(1);
            assertThat(answers).contains("worklog.error.already-invoiced");
            assertThat(invoices.ofOrganisation(organisation, 10))
                    .as("the refused clerk's draft was rolled back with their claim")
                    .singleElement()
                    .satisfies(invoice -> assertThat(invoice.getLines()).hasSize(2));
        }
    }

    @Test
    void workGoesOnTheCustomersOpenDraftAndComesBackWhenTheDraftLosesItsLineOrIsDeleted() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        Team team = team();
        AccountPrincipal tech = new AccountPrincipal(memberOf(team.getId()));
        Request request = heldBy(team, customer, "Sauvegarde en échec");
        WorkEntry one = work.record(request.getId(), NewWork.time(60, "Restauration"), tech);
        InvoiceDrafting.Drafted drafted = invoicing.invoiceAll(organisation, "clerk");
        WorkEntry two = work.record(request.getId(), NewWork.time(30, "Vérification"), tech);

        InvoiceDrafting.Drafted again = invoicing.invoiceAll(organisation, "clerk");

        assertThat(again.id()).as("the customer's open draft").isEqualTo(drafted.id());
        assertThat(invoices.get(drafted.id()).getLines()).hasSize(2);
        assertThat(work.toInvoice(organisation)).isEmpty();

        Invoice draft = invoices.get(drafted.id());
        int lineOfTwo =
                draft.getLines().stream().map(InvoiceLine::workEntryId).toList().indexOf(two.getId());
        draft = invoices.removeLine(draft.getId(), draft.getVersion(), lineOfTwo, "clerk");
        assertThat(work.toInvoice(organisation)).extracting(WorkEntry::getId).containsExactly(two.getId());
        assertThat(work.entryOf(request.getId(), one.getId()).isInvoiced()).isTrue();

        invoices.deleteDraft(draft.getId(), draft.getVersion());
        assertThat(work.toInvoice(organisation)).extracting(WorkEntry::getId).containsExactly(one.getId(), two.getId());
        assertThat(work.entryOf(request.getId(), one.getId()).isInvoiced()).isFalse();
    }

    @Test
    void nothingSeenIsNothingInvoicedAndWorkInvoicedMeanwhileIsRefusedOnThePage() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        Team team = team();
        Request request = heldBy(team, customer, "Licence expirée");
        WorkEntry entry =
                work.record(request.getId(), NewWork.time(45, null), new AccountPrincipal(memberOf(team.getId())));
        HttpSession clerk = signedIn(staff(Role.BACK_OFFICE, Role.BILLING));
        page(clerk, "/back/billing/to-invoice");
        invoicing.invoice(organisation, List.of(entry.getId()), "another clerk");

        HttpResponse<String> late =
                clerk.post("/back/billing/to-invoice/" + organisation, "entries", String.valueOf(entry.getId()));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(late.body())).contains("Ce travail a été facturé ou modifié entre-temps");
        assertThat(invoices.ofOrganisation(organisation, 10)).hasSize(1);
    }

    private Request heldBy(Team team, UserAccount customer, String subject) {
        Request request = requests.submit(
                TestRequests.fromPortal(customer, subject, "Texte de " + subject), TestRequests.actorOf(customer));
        return requests.handOff(
                request.getId(),
                request.getVersion(),
                team.getId(),
                "Pour vous",
                new AccountPrincipal(staff(Role.FRONT_OFFICE)));
    }

    private Team team() {
        String code = unique("equipe");
        return teams.createTeam(code, "Équipe " + code, Office.BACK_OFFICE, null, false);
    }

    private HttpSession signedIn(UserAccount account) {
        HttpSession session = new HttpSession(port);
        session.login(account.getUsername(), PASSWORD);
        return session;
    }

    private static String page(HttpSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body()).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
