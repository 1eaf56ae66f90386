package fr.guichet.notifications;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what about a request: the requester on receipt, on each public reply and on resolution (with the link
 * to rate it); the owner when the back office answers or asks; the team leads when it is escalated. Runs after the
 * change is committed; the event publication registry replays it if the application stopped before it finished.
 */
@Component
class RequestNotifications {

    private final Mailer mailer;
    private final RequestManagement requests;
    private final UserManagement users;
    private final String baseUrl;

    RequestNotifications(
            Mailer mailer,
            RequestManagement requests,
            UserManagement users,
            @Value("${guichet.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.requests = requests;
        this.users = users;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(RequestEvent event) {
        Request request = requests.get(event.requestId());
        switch (event.kind()) {
            case SUBMITTED ->
                toRequester(
                        request,
                        "mail.receipt.subject",
                        "mail.receipt.body",
                        request.getReference(),
                        request.getSubject(),
                        link(request));
            case PUBLIC_REPLY ->
                toRequester(
                        request,
                        "mail.reply.subject",
                        "mail.reply.body",
                        request.getReference(),
                        request.getSubject(),
                        event.actorName(),
                        event.detail(),
                        link(request));
            case RESOLVED ->
                toRequester(
                        request,
                        "mail.resolved.subject",
                        "mail.resolved.body",
                        request.getReference(),
                        request.getSubject(),
                        event.detail(),
                        link(request));
            case RETURNED_TO_OWNER, QUESTION_TO_OWNER ->
                owner(request)
                        .ifPresent(owner -> mailer.send(
                                owner.getEmail(),
                                owner.getLanguage().locale(),
                                request.getReference(),
                                "mail.owner." + event.kind() + ".subject",
                                "mail.owner." + event.kind() + ".body",
                                request.getReference(),
                                request.getSubject(),
                                event.actorName(),
                                event.detail(),
                                baseUrl + "/desk/requests/" + request.getReference()));
            case ESCALATED -> {
                if (request.getTeamId() != null) {
                    users.membersOf(request.getTeamId()).stream()
                            .filter(member -> member.hasRole(Role.TEAM_LEAD))
                            .forEach(lead -> mailer.send(
                                    lead.getEmail(),
                                    lead.getLanguage().locale(),
                                    request.getReference(),
                                    "mail.escalated.subject",
                                    "mail.escalated.body",
                                    request.getReference(),
                                    request.getSubject(),
                                    baseUrl + "/back/requests/" + request.getReference()));
                }
            }
            default -> {}
        }
    }

    /** The requester's address: the one given, or their account's; their account's language, else French. */
    private void toRequester(Request request, String subjectKey, String bodyKey, Object... args) {
        Optional<UserAccount> account = request.getRequesterUserId() == null
                ? Optional.empty()
                : Optional.of(users.get(request.getRequesterUserId()));
        String address = request.getRequesterEmail() != null
                ? request.getRequesterEmail()
                : account.map(UserAccount::getEmail).orElse(null);
        if (address == null) {
            return;
        }
        Locale language =
                account.map(UserAccount::getLanguage).orElse(Language.FR).locale();
        mailer.send(address, language, request.getReference(), subjectKey, bodyKey, args);
    }

    private Optional<UserAccount> owner(Request request) {
        return request.getOwnerId() == null ? Optional.empty() : Optional.of(users.get(request.getOwnerId()));
    }

    /** Where the requester follows the request: the portal for an account, none for a visitor of the public site. */
    private String link(Request request) {
        if (request.isInternal()) {
            return baseUrl + "/desk/requests/" + request.getReference();
        }
        return request.getRequesterUserId() == null
                ? baseUrl + "/contact"
                : baseUrl + "/portal/requests/" + request.getReference();
    }
}
