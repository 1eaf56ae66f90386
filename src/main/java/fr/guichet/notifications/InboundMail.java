package fr.guichet.notifications;

import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestReference;
import fr.guichet.requests.RequestRuleViolation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles one inbound email. A reply to one of our emails (its In-Reply-To or References name a Message-ID from the
 * outbox) lands in that request; a subject "[DEM-…]" is trusted only from the request's own requester; anything else
 * from a person becomes a new email request. Automatic mail (auto-replies, bulk, lists) is recorded and left alone.
 * Each Message-ID is handled once, whichever instance reads it.
 */
@Service
public class InboundMail {

    private static final Logger log = LoggerFactory.getLogger(InboundMail.class);

    /** What became of an inbound email. */
    public enum Outcome {
        REPLY,
        NEW_REQUEST,
        AUTOMATIC,
        IGNORED
    }

    private final JdbcClient jdbc;
    private final RequestManagement requests;
    private final UserManagement users;
    private final Clock clock;

    InboundMail(JdbcClient jdbc, RequestManagement requests, UserManagement users, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    Outcome handle(InboundMailReader mail) {
        String messageId = mail.messageId() == null ? "<none-" + UUID.randomUUID() + ">" : mail.messageId();
        int claimed = jdbc.sql("INSERT INTO notifications_inbound (message_id, sender, outcome, received_at)"
                        + " SELECT :id, :sender, 'PENDING', :at WHERE NOT EXISTS"
                        + " (SELECT 1 FROM notifications_inbound WHERE message_id = :id)")
                .param("id", messageId)
                .param("sender", mail.sender())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        if (claimed == 0) {
            return Outcome.IGNORED; // already handled
        }
        Outcome outcome;
        String reference = null;
        if (mail.automatic() || mail.sender() == null) {
            outcome = Outcome.AUTOMATIC;
        } else {
            Optional<Request> answered = answeredRequest(mail);
            String text = mail.text().isBlank() ? mail.subject() : mail.text();
            if (answered.isPresent()) {
                reference = answered.get().getReference();
                try {
                    requests.customerReply(
                            answered.get().getId(), text, new Actor(requesterId(answered.get()), mail.senderName()));
                    outcome = Outcome.REPLY;
                } catch (RequestRuleViolation closed) {
                    outcome = Outcome.NEW_REQUEST;
                    reference = newRequest(mail, text).getReference();
                }
            } else {
                outcome = Outcome.NEW_REQUEST;
                reference = newRequest(mail, text).getReference();
            }
        }
        jdbc.sql("UPDATE notifications_inbound SET outcome = :outcome, reference = :reference WHERE message_id = :id")
                .param("outcome", outcome.name())
                .param("reference", reference)
                .param("id", messageId)
                .update();
        log.info(
                "Inbound email {} from {}: {} {}",
                messageId,
                mail.sender(),
                outcome,
                reference == null ? "" : reference);
        return outcome;
    }

    private Optional<Request> answeredRequest(InboundMailReader mail) {
        for (String id : mail.answeredIds()) {
            Optional<String> reference = jdbc.sql("SELECT reference FROM notifications_outbox WHERE message_id = :id")
                    .param("id", id)
                    .query(String.class)
                    .optional()
                    .filter(Objects::nonNull);
            if (reference.isPresent()) {
                return requests.findByReference(reference.get());
            }
        }
        return RequestReference.inSubject(mail.subject())
                .flatMap(requests::findByReference)
                .filter(request -> isRequester(request, mail.sender()));
    }

    private boolean isRequester(Request request, String sender) {
        if (request.getRequesterEmail() != null && request.getRequesterEmail().equalsIgnoreCase(sender)) {
            return true;
        }
        return request.getRequesterUserId() != null
                && users.get(request.getRequesterUserId()).getEmail().equalsIgnoreCase(sender);
    }

    private Long requesterId(Request request) {
        return request.getRequesterUserId();
    }

    private Request newRequest(InboundMailReader mail, String text) {
        String subject = mail.subject().isBlank() ? "(sans objet)" : mail.subject();
        Optional<UserAccount> account = users.findByEmail(mail.sender());
        return requests.submit(
                new NewRequest(
                        subject.length() > 200 ? subject.substring(0, 200) : subject,
                        text,
                        Category.OTHER,
                        Channel.EMAIL,
                        account.map(UserAccount::getCustomerOrganisationId).orElse(null),
                        account.map(UserAccount::getId).orElse(null),
                        mail.senderName(),
                        account.isPresent() ? null : mail.sender(),
                        null),
                new Actor(account.map(UserAccount::getId).orElse(null), mail.senderName()));
    }
}
