package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.ModuleTestConfiguration;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestEventKind;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.ModuleTestDatabase;
import fr.guichet.support.TestDatabase;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestOrganisations;
import fr.guichet.support.TestRequests;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notifications module with the modules it depends on and nothing else (no demo data, no public website): a
 * request submitted in the requests module reaches its requester by email through the outbox.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ExtendWith(TestDatabase.class)
class NotificationsModuleIT {

    private final RequestManagement requests;
    private final CustomerManagement customers;
    private final UserManagement users;
    private final Mailer mailer;

    NotificationsModuleIT(
            RequestManagement requests, CustomerManagement customers, UserManagement users, Mailer mailer) {
        this.requests = requests;
        this.customers = customers;
        this.users = users;
        this.mailer = mailer;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }

    @Test
    void aSubmittedRequestPublishesItsEventInTheRequestsModule(Scenario scenario) {
        UserAccount customer = customer();

        scenario.stimulate(() -> requests.submit(
                        TestRequests.fromPortal(customer, "Écran noir"), TestRequests.actorOf(customer)))
                .andWaitForEventOfType(RequestEvent.class)
                .matching(event -> event.kind() == RequestEventKind.SUBMITTED)
                .toArriveAndVerify((event, request) ->
                        assertThat(event.about().reference()).isEqualTo(request.getReference()));
    }

    @Test
    void aSubmittedRequestReachesItsRequesterByEmailThroughTheOutbox(Scenario scenario) {
        UserAccount customer = customer();

        scenario.stimulate(() -> requests.submit(
                        TestRequests.fromPortal(customer, "Imprimante bloquée"), TestRequests.actorOf(customer)))
                .andWaitForStateChange(() -> TestMail.receivedBy(customer.getEmail()), mails -> !mails.isEmpty())
                .andVerify((mails, request) -> {
                    assertThat(mails)
                            .singleElement()
                            .satisfies(mail -> assertThat(mail.getSubject())
                                    .isEqualTo("[" + request.getReference() + "] Nous avons bien reçu votre demande"));
                    assertThat(mailer.ofReference(request.getReference()))
                            .singleElement()
                            .satisfies(mail -> {
                                assertThat(mail.recipient()).isEqualTo(customer.getEmail());
                                assertThat(mail.subject()).contains(request.getReference());
                            });
                });
    }

    private UserAccount customer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        Organisation organisation = customers.register(TestOrganisations.customerCompany("Client module " + suffix));
        String username = "module-" + suffix;
        return users.createWithHash(
                UserProfile.customer(username, "Client " + suffix, username + "@example.fr", organisation.getId()),
                "{noop}unused",
                false);
    }
}
