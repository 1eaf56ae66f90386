package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Every customer request has an interlocutor from the start, by the administrator's rule and its fallbacks. */
class InterlocutorIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    OwnerSettingsManagement settings;

    @Autowired
    TeamManagement teams;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private OwnerTesting owners() {
        return new OwnerTesting(settings, users, staff(Role.ADMIN));
    }

    @Test
    void theAccountManagerOwnsARequestRoutedStraightToATeamAndThePortalShowsTheirName() {
        UserAccount manager = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        OwnerTesting.accountManager(jdbc, customer.getCustomerOrganisationId(), manager.getId());
        try (OwnerTesting owners = owners().rule(InterlocutorPolicy.ACCOUNT_MANAGER, true)) {
            Request request = requests.submit(
                    TestRequests.fromPortal(customer, "Facture de novembre", "Doublon", Category.BILLING),
                    TestRequests.actorOf(customer));

            assertThat(request.getTeamId())
                    .as("routed straight to billing")
                    .isEqualTo(teams.teamByCode("facturation").orElseThrow().getId());
            assertThat(request.getOwnerId()).isEqualTo(manager.getId());
            assertThat(requests.history(request.getId()))
                    .filteredOn(e -> e.kind() == RequestEventKind.OWNER_TAKEN)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.actorName()).isEqualTo(Actor.SYSTEM.name());
                        assertThat(e.detail()).isEqualTo(manager.getDisplayName());
                    });

            HttpSession portal = new HttpSession(port);
            portal.login(customer.getUsername(), PASSWORD);
            String page = HtmlUtils.htmlUnescape(
                    portal.get("/portal/requests/" + request.getReference()).body());
            assertThat(page).contains(manager.getDisplayName()).contains("Interlocuteur");
        }
    }

    @Test
    void anInactiveOrBackOfficeAccountManagerFallsBackToTheRecorderThenToTheFrontOfficePresent() {
        UserAccount manager = staff(Role.FRONT_OFFICE);
        UserAccount recorder = staff(Role.FRONT_OFFICE);
        UserAccount present = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        OwnerTesting.accountManager(jdbc, organisation, manager.getId());
        users.disable(manager.getId());
        try (OwnerTesting owners =
                owners().rule(InterlocutorPolicy.ACCOUNT_MANAGER, true).onlyPresent(present)) {
            Request recorded = requests.submit(
                    TestRequests.byPhone(recorder, organisation, "Paul", "Appel"), TestRequests.actorOf(recorder));
            assertThat(recorded.getOwnerId()).as("the recorder").isEqualTo(recorder.getId());

            Request portal = requests.submit(
                    TestRequests.fromPortal(customer, "Depuis le portail"), TestRequests.actorOf(customer));
            assertThat(portal.getOwnerId()).as("nobody recorded it: balanced").isEqualTo(present.getId());

            UserAccount backOffice = staff(Role.BACK_OFFICE);
            OwnerTesting.accountManager(jdbc, organisation, backOffice.getId());
            Request again =
                    requests.submit(TestRequests.fromPortal(customer, "Encore"), TestRequests.actorOf(customer));
            assertThat(again.getOwnerId())
                    .as("an account manager outside the front office is no interlocutor")
                    .isEqualTo(present.getId());
        }
    }

    @Test
    void balancedGoesToThePresentWithTheFewestOpenRequestsAndTheOldestOnATie() {
        UserAccount first = staff(Role.FRONT_OFFICE);
        UserAccount second = staff(Role.FRONT_OFFICE);
        UserAccount away = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        OwnerTesting.accountManager(jdbc, customer.getCustomerOrganisationId(), away.getId());
        try (OwnerTesting owners =
                owners().rule(InterlocutorPolicy.RECORDER, true).onlyPresent(first, second)) {
            // The first one owns a request already (recorded by them).
            requests.submit(TestRequests.byPhone(first, null, "Paul", "Déjà"), TestRequests.actorOf(first));
            owners.rule(InterlocutorPolicy.BALANCED, true);

            Request a = requests.submit(
                    TestRequests.fromPortal(customer, "Un", "Texte", Category.TECHNICAL),
                    TestRequests.actorOf(customer));
            Request b = requests.submit(TestRequests.fromPortal(customer, "Deux"), TestRequests.actorOf(customer));
            Request c = requests.submit(TestRequests.fromPortal(customer, "Trois"), TestRequests.actorOf(customer));
            assertThat(a.getOwnerId()).as("fewest open").isEqualTo(second.getId());
            assertThat(a.getTeamId())
                    .as("routed to support, owned all the same")
                    .isNotNull();
            assertThat(b.getOwnerId()).as("a tie: the oldest account").isEqualTo(first.getId());
            assertThat(c.getOwnerId()).isEqualTo(second.getId());
            assertThat(List.of(a, b, c)).noneMatch(r -> away.getId().equals(r.getOwnerId()));

            // A resolved request no longer counts.
            Request done = requests.resolve(b.getId(), b.getVersion(), "Fait", new AccountPrincipal(first));
            assertThat(done.getStatus()).isEqualTo(RequestStatus.RESOLVED);
            Request d = requests.submit(TestRequests.fromPortal(customer, "Quatre"), TestRequests.actorOf(customer));
            assertThat(d.getOwnerId()).isEqualTo(first.getId());

            // Nobody present: the account manager.
            users.changePresence(first.getId(), false);
            users.changePresence(second.getId(), false);
            try {
                Request e = requests.submit(TestRequests.fromPortal(customer, "Cinq"), TestRequests.actorOf(customer));
                assertThat(e.getOwnerId())
                        .as("nobody present: the account manager")
                        .isEqualTo(away.getId());
            } finally {
                users.changePresence(first.getId(), true);
                users.changePresence(second.getId(), true);
            }
        }
    }

    @Test
    void theRecorderOwnsWhatTheyRecordEvenForACustomerWithAnAccountManager() {
        UserAccount manager = staff(Role.FRONT_OFFICE);
        UserAccount recorder = staff(Role.FRONT_OFFICE);
        UserAccount present = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        OwnerTesting.accountManager(jdbc, customer.getCustomerOrganisationId(), manager.getId());
        try (OwnerTesting owners =
                owners().rule(InterlocutorPolicy.RECORDER, true).onlyPresent(present)) {
            Request recorded = requests.submit(
                    TestRequests.byPhone(recorder, customer.getCustomerOrganisationId(), "Paul", "Appel"),
                    TestRequests.actorOf(recorder));
            assertThat(recorded.getOwnerId()).isEqualTo(recorder.getId());
            assertThat(requests.history(recorded.getId()))
                    .as("the recorder owns it as they file it: no line")
                    .noneMatch(e -> e.kind() == RequestEventKind.OWNER_TAKEN);

            Request fromPortal =
                    requests.submit(TestRequests.fromPortal(customer, "Portail"), TestRequests.actorOf(customer));
            assertThat(fromPortal.getOwnerId())
                    .as("no recorder: the account manager")
                    .isEqualTo(manager.getId());

            Request noManager = requests.submit(TestRequests.fromPortal(other, "Portail"), TestRequests.actorOf(other));
            assertThat(noManager.getOwnerId()).as("then balanced").isEqualTo(present.getId());
        }
    }

    @Test
    void anInternalRequestIsOwnedByTheColleagueWhoFilesItWhateverTheRule() {
        UserAccount colleague = staff(Role.BACK_OFFICE);
        try (OwnerTesting owners = owners().rule(InterlocutorPolicy.BALANCED, true)) {
            Request request = requests.submit(
                    new NewRequest(
                            "Écran",
                            "Écran noir",
                            Category.INTERNAL_IT,
                            Channel.INTERNAL,
                            null,
                            colleague.getId(),
                            colleague.getDisplayName(),
                            null,
                            null),
                    TestRequests.actorOf(colleague));
            assertThat(request.getOwnerId()).isEqualTo(colleague.getId());
        }
    }

    @Test
    void theAdministratorSetsTheRuleInTheBackOffice() {
        UserAccount admin = staff(Role.ADMIN, Role.BACK_OFFICE);
        HttpSession back = new HttpSession(port);
        back.login(admin.getUsername(), PASSWORD);
        OwnerSettings before = settings.current();
        try {
            String page =
                    HtmlUtils.htmlUnescape(back.get("/back/admin/interlocutors").body());
            assertThat(page).contains("Le chargé de clientèle du client").contains("Prévenir aussi par courriel");
            String refused = HtmlUtils.htmlUnescape(back.post(
                            "/back/admin/interlocutors",
                            "policy",
                            "NOBODY",
                            "version",
                            String.valueOf(before.version()))
                    .body());
            assertThat(refused).contains("Choisissez une règle.");
            assertThat(back.post(
                                    "/back/admin/interlocutors",
                                    "policy",
                                    "BALANCED",
                                    "version",
                                    String.valueOf(before.version()))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(settings.current().interlocutorPolicy()).isEqualTo(InterlocutorPolicy.BALANCED);
            assertThat(settings.current().mailOwners()).as("an unticked box").isFalse();
            String stale = HtmlUtils.htmlUnescape(back.post(
                            "/back/admin/interlocutors",
                            "policy",
                            "RECORDER",
                            "version",
                            String.valueOf(before.version()))
                    .body());
            assertThat(stale).contains("class=\"alert\"");
            assertThat(settings.current().interlocutorPolicy()).isEqualTo(InterlocutorPolicy.BALANCED);
        } finally {
            settings.change(
                    before.interlocutorPolicy(),
                    before.mailOwners(),
                    settings.current().version(),
                    new AccountPrincipal(admin));
        }
    }
}
