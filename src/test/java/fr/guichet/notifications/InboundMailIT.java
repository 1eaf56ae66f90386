package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Message;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestStatus;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestRequests;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customers' replies read from a real IMAP mailbox (GreenMail) land in their request. */
class InboundMailIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    InboundMailJob job;

    @Autowired
    Mailer mailer;

    @Test
    void aReplyToOurEmailLandsInItsRequestEvenWithAnotherSubject() throws Exception {
        UserAccount customer = customerUser();
        Request request = submit(customer);
        request = requests.resolve(
                request.getId(), request.getVersion(), "Réglé", new AccountPrincipal(staff(Role.FRONT_OFFICE)));
        TestMail.awaitFor(customer.getEmail(), 2);
        String resolutionId = mailer.ofReference(request.getReference()).stream()
                .filter(m -> m.subject().contains("résolue"))
                .findFirst()
                .orElseThrow()
                .messageId();

        deliver(
                customer.getEmail(),
                "Re: ça ne marche toujours pas",
                "Toujours en panne ce matin.\n\nLe lundi, Helios a écrit :\n> Réglé",
                resolutionId,
                null);
        job.poll();

        Request reopened = requests.get(request.getId());
        assertThat(reopened.getStatus())
                .as("a reply reopens a resolved request")
                .isEqualTo(RequestStatus.IN_PROGRESS);
        List<Message> conversation = requests.conversation(request.getId(), false);
        assertThat(conversation.get(conversation.size() - 1).body()).isEqualTo("Toujours en panne ce matin.");
        assertThat(conversation.get(conversation.size() - 1).fromCustomer()).isTrue();
    }

    @Test
    void automaticRepliesAreNeverHandledAndNothingIsHandledTwice() throws Exception {
        UserAccount customer = customerUser();
        Request request = submit(customer);
        TestMail.awaitFor(customer.getEmail(), 1);
        String receiptId = mailer.ofReference(request.getReference()).get(0).messageId();
        int before = requests.conversation(request.getId(), true).size();

        deliver(
                customer.getEmail(),
                "Absence du bureau",
                "Je suis absente jusqu'au 2 décembre.",
                receiptId,
                "auto-replied");
        job.poll();
        assertThat(requests.conversation(request.getId(), true)).hasSize(before);
        assertThat(TestMail.receivedBy(customer.getEmail()))
                .as("no answer to a robot")
                .hasSize(1);

        String messageId = deliver(
                customer.getEmail(),
                "Re: [" + request.getReference() + "]",
                "Merci, j'attends votre retour.",
                null,
                null);
        job.poll();
        assertThat(requests.conversation(request.getId(), true)).hasSize(before + 1);
        // The same message delivered again (another copy, another instance): handled once.
        deliver(
                customer.getEmail(),
                "Re: [" + request.getReference() + "]",
                "Merci, j'attends votre retour.",
                null,
                null,
                messageId);
        job.poll();
        assertThat(requests.conversation(request.getId(), true)).hasSize(before + 1);
    }

    @Test
    void aReferenceInTheSubjectIsTrustedOnlyFromTheRequester() throws Exception {
        UserAccount customer = customerUser();
        Request request = submit(customer);
        int before = requests.conversation(request.getId(), true).size();
        String stranger = "inconnu-" + UUID.randomUUID() + "@example.org";
        deliver(stranger, "[" + request.getReference() + "] je m'invite", "Bonjour, je voudrais un devis.", null, null);
        job.poll();
        assertThat(requests.conversation(request.getId(), true)).hasSize(before);
        List<MimeMessage> receipts = TestMail.awaitFor(stranger, 1);
        assertThat(receipts)
                .as("the stranger's mail became a request of its own, with a receipt")
                .hasSize(1);
        assertThat(receipts.get(0).getSubject()).doesNotContain(request.getReference());
    }

    private Request submit(UserAccount customer) {
        return requests.submit(
                TestRequests.fromPortal(customer, "Imprimante en panne", "Elle n'imprime plus"),
                TestRequests.actorOf(customer));
    }

    private static String deliver(String from, String subject, String text, String inReplyTo, String autoSubmitted)
            throws Exception {
        return deliver(from, subject, text, inReplyTo, autoSubmitted, "<" + UUID.randomUUID() + "@client.example>");
    }

    private static String deliver(
            String from, String subject, String text, String inReplyTo, String autoSubmitted, String messageId)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, "Client"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, TestMail.INBOX_ADDRESS);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        if (autoSubmitted != null) {
            message.setHeader("Auto-Submitted", autoSubmitted);
        }
        message.saveChanges();
        GreenMailUser inbox = TestMail.server().getUserManager().getUser(TestMail.INBOX_USER);
        inbox.deliver(message);
        return messageId;
    }
}
