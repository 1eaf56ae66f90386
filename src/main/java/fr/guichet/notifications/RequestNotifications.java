package fr.guichet.notifications;

import fr.guichet.company.CompanySettings;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.RequestEvent;
import fr.guichet.shared.Language;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what about a request: the requester on receipt, on each public reply and on resolution (with the link
 * to rate it); the team leads when it is escalated (also in the app). Runs in the
 * transaction of the change: the mails are written to the outbox with it or not at all, and sent once it commits.
 */
@Component
class RequestNotifications {

    private final Mailer mailer;
    private final AlertManagement alerts;
    private final UserManagement users;
    private final String baseUrl;

    RequestNotifications(Mailer mailer, AlertManagement alerts, UserManagement users, CompanySettings company) {
        this.mailer = mailer;
        this.alerts = alerts;
        this.users = users;
        this.baseUrl = company.baseUrl();
    }

    @EventListener
    void on(RequestEvent event) {
        RequestEvent.About request = event.about();
        switch (event.kind()) {
            case SUBMITTED ->
                toRequester(
                        request,
                        "mail.receipt.subject",
                        "mail.receipt.body",
                        request.reference(),
                        request.subject(),
                        link(request));
            case PUBLIC_REPLY ->
                toRequester(
                        request,
                        "mail.reply.subject",
                        "mail.reply.body",
                        request.reference(),
                        request.subject(),
                        event.actorName(),
                        event.detail(),
                        link(request));
            case RESOLVED ->
                toRequester(
                        request,
                        "mail.resolved.subject",
                        "mail.resolved.body",
                        request.reference(),
                        request.subject(),
                        event.detail(),
                        link(request));
            case ESCALATED -> escalated(request);
            default -> {}
        }
    }

    /**
     * An overdue request: the leads of the team that holds it are told by email and in the app; for one still at the
     * front office, the leads of its owner's team.
     */
    private void escalated(RequestEvent.About request) {
        Long teamId = request.teamId();
        String zone = "back";
        if (teamId == null && request.internal()) {
            return; // an internal request's owner is the colleague who asked: their leads are not the front office's
        }
        if (teamId == null) {
            teamId = owner(request).map(UserAccount::getTeamId).orElse(null);
            zone = "desk";
        }
        if (teamId == null) {
            return;
        }
        String path = "/" + zone + "/requests/" + request.reference();
        users.membersOf(teamId).stream()
                .filter(member -> member.hasRole(Role.TEAM_LEAD) && member.isEnabled())
                .forEach(lead -> {
                    alerts.post(lead.getId(), "ESCALATED", request.reference(), request.subject(), path);
                    mailer.send(
                            lead.getEmail(),
                            lead.getLanguage().locale(),
                            request.reference(),
                            "mail.escalated.subject",
                            "mail.escalated.body",
                            request.reference(),
                            request.subject(),
                            baseUrl + path);
                });
    }

    /** The requester's address: the one given, or their account's; their account's language, else French. */
    private void toRequester(RequestEvent.About request, String subjectKey, String bodyKey, Object... args) {
        Optional<UserAccount> account = request.requesterUserId() == null
                ? Optional.empty()
                : Optional.of(users.get(request.requesterUserId()));
        String address = request.requesterEmail() != null
                ? request.requesterEmail()
                : account.map(UserAccount::getEmail).orElse(null);
        if (address == null) {
            return;
        }
        Locale language =
                account.map(UserAccount::getLanguage).orElse(Language.FR).locale();
        mailer.send(address, language, request.reference(), subjectKey, bodyKey, args);
    }

    private Optional<UserAccount> owner(RequestEvent.About request) {
        return request.ownerId() == null ? Optional.empty() : Optional.of(users.get(request.ownerId()));
    }

    /**
     * Where the requester follows the request: their own page for a colleague's internal request, the portal for an
     * account, none for a visitor of the public site.
     */
    private String link(RequestEvent.About request) {
        if (request.internal()) {
            return request.requesterUserId() == null
                    ? baseUrl + "/desk/internal-requests"
                    : baseUrl + OwnerNotifications.ownerPath(users.get(request.requesterUserId()), request);
        }
        return request.requesterUserId() == null
                ? baseUrl + "/contact"
                : baseUrl + "/portal/requests/" + request.reference();
    }
}
