package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestRequests;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The emails of a request, received by a real SMTP server (GreenMail). */
class RequestMailIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    Mailer mailer;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    @Test
    void theCustomerGetsAReceiptEachReplyAndTheResolutionWithALinkToRate() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Imprimante hors service", "Elle n'imprime plus rien."),
                TestRequests.actorOf(customer));
        String reference = request.getReference();

        List<MimeMessage> receipt = TestMail.awaitFor(customer.getEmail(), 1);
        assertThat(receipt).hasSize(1);
        assertThat(receipt.get(0).getSubject()).isEqualTo("[" + reference + "] Nous avons bien reçu votre demande");
        assertThat(TestMail.text(receipt.get(0)))
                .contains("Imprimante hors service")
                .contains("/portal/requests/" + reference);
        assertThat(receipt.get(0).getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(receipt.get(0).getMessageID()).startsWith("<" + reference + ".");

        request = requests.replyToCustomer(
                request.getId(),
                request.getVersion(),
                "Avez-vous essayé de la redémarrer ?",
                true,
                new AccountPrincipal(agent));
        List<MimeMessage> reply = TestMail.awaitFor(customer.getEmail(), 2);
        assertThat(reply.get(1).getSubject())
                .isEqualTo("[" + reference + "] Réponse à votre demande « Imprimante hors service »");
        assertThat(TestMail.text(reply.get(1)))
                .contains("Avez-vous essayé de la redémarrer ?")
                .contains(agent.getDisplayName());

        request = requests.resolve(
                request.getId(), request.getVersion(), "Le bac papier était mal fermé.", new AccountPrincipal(agent));
        List<MimeMessage> resolved = TestMail.awaitFor(customer.getEmail(), 3);
        assertThat(resolved.get(2).getSubject()).isEqualTo("[" + reference + "] Votre demande est résolue");
        assertThat(TestMail.text(resolved.get(2)))
                .contains("Le bac papier était mal fermé.")
                .contains("notez la résolution");

        // Marked sent right after the SMTP server accepted it, which the test may see a moment before.
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline)
                && !mailer.ofReference(reference).stream().allMatch(m -> m.status() == OutgoingMail.Status.SENT)) {
            Thread.sleep(50);
        }
        assertThat(mailer.ofReference(reference)).hasSize(3).allMatch(m -> m.status() == OutgoingMail.Status.SENT);
    }

    @Test
    void aChangeRolledBackLeavesNoMailInTheOutboxAndSendsNone() throws Exception {
        UserAccount customer = customerUser();
        Actor actor = TestRequests.actorOf(customer);
        AtomicReference<String> rolledBack = new AtomicReference<>();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    Request request =
                            requests.submit(TestRequests.fromPortal(customer, "Annulée avec sa transaction"), actor);
                    rolledBack.set(request.getReference());
                    assertThat(mailer.ofReference(request.getReference()))
                            .as("the receipt is written in the request's transaction")
                            .hasSize(1);
                    throw new IllegalStateException("the change fails after the request was written");
                }))
                .hasMessage("the change fails after the request was written");

        assertThat(mailer.ofReference(rolledBack.get())).as("outbox").isEmpty();
        // A request that commits afterwards gets its receipt: by then the rolled-back one's would have arrived too.
        Request committed = requests.submit(TestRequests.fromPortal(customer, "Validée"), actor);
        List<MimeMessage> received = TestMail.awaitFor(customer.getEmail(), 1);
        assertThat(received)
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains(committed.getReference()));
        assertThat(mailer.ofReference(rolledBack.get())).isEmpty();
    }

    @Test
    void theOwnerIsToldWhenTheBackOfficeAnswersInTheirLanguage() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        users.changeLanguage(agent.getUsername(), Language.EN);
        long billing = teams.teamByCode("facturation").orElseThrow().getId();
        Actor agentActor = TestRequests.actorOf(agent);
        Request request = requests.submit(
                TestRequests.byPhone(agent, customer.getCustomerOrganisationId(), "Paul Durand", "Avoir"), agentActor);
        request = requests.handOff(
                request.getId(), request.getVersion(), billing, "Voir l'avoir", new AccountPrincipal(agent));
        requests.returnToOwner(
                request.getId(),
                request.getVersion(),
                "Avoir AV-2026-0012 émis.",
                new AccountPrincipal(users.findByUsername("facturation").orElseThrow()));
        List<MimeMessage> mails = TestMail.awaitFor(agent.getEmail(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("[" + request.getReference() + "] The back office answered you");
        assertThat(TestMail.text(mails.get(0)))
                .contains("Avoir AV-2026-0012 émis.")
                .contains("/desk/requests/" + request.getReference());
    }

    @Test
    void administratorsReadTheOutbox() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Lecture de la boîte d'envoi"), TestRequests.actorOf(customer));
        TestMail.awaitFor(customer.getEmail(), 1);
        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        assertThat(admin.get("/back/admin/outbox").body())
                .contains("[" + request.getReference() + "] Nous avons bien reçu votre demande")
                .contains(customer.getEmail());
    }
}
