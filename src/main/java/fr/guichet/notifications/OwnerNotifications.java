package fr.guichet.notifications;

import fr.guichet.company.CompanySettings;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.OwnerAttention;
import fr.guichet.requests.OwnerSettingsManagement;
import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestEventKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner and the team tell each other (ADR 0020): the owner, in the app and (if the administrator says so) by email,
 * when a team returns the request, asks them a question or answers ({@link OwnerAttention}); the team — the assignee,
 * else the team leads — when the owner answers its question, or when the colleague who filed an internal request writes
 * in it. Runs in the transaction of the change, like every notification.
 */
@Component
class OwnerNotifications {

    private final Mailer mailer;
    private final AlertManagement alerts;
    private final UserManagement users;
    private final OwnerSettingsManagement settings;
    private final String baseUrl;

    OwnerNotifications(
            Mailer mailer,
            AlertManagement alerts,
            UserManagement users,
            OwnerSettingsManagement settings,
            CompanySettings company) {
        this.mailer = mailer;
        this.alerts = alerts;
        this.users = users;
        this.settings = settings;
        this.baseUrl = company.baseUrl();
    }

    @EventListener
    void on(RequestEvent event) {
        OwnerAttention.reasonFor(event).ifPresent(reason -> toOwner(event, reason));
        RequestEvent.About request = event.about();
        boolean requesterWrote = event.kind() == RequestEventKind.CUSTOMER_REPLY
                && request.internal()
                && Objects.equals(event.actorId(), request.requesterUserId());
        if (request.teamId() != null && (event.kind() == RequestEventKind.OWNER_ANSWERED || requesterWrote)) {
            toTeam(event);
        }
    }

    private void toOwner(RequestEvent event, OwnerAttention.Reason reason) {
        RequestEvent.About request = event.about();
        UserAccount owner = users.find(request.ownerId()).orElse(null);
        if (owner == null || !owner.isEnabled()) {
            return;
        }
        String path = ownerPath(owner, request);
        alerts.post(owner.getId(), "OWNER_" + reason, request.reference(), request.subject(), path);
        // The colleague who filed an internal request already receives the team's answers as its requester.
        boolean mailedAsRequester = reason == OwnerAttention.Reason.ANSWER && request.internal();
        if (settings.current().mailOwners() && !mailedAsRequester) {
            // A return and a question keep the mails owners received before the setting existed.
            boolean answer = reason == OwnerAttention.Reason.ANSWER;
            mailer.send(
                    owner.getEmail(),
                    owner.getLanguage().locale(),
                    request.reference(),
                    answer ? "owners.mail.ANSWER.subject" : "mail.owner." + event.kind() + ".subject",
                    answer ? "owners.mail.ANSWER.body" : "mail.owner." + event.kind() + ".body",
                    request.reference(),
                    request.subject(),
                    event.actorName(),
                    event.detail(),
                    baseUrl + path);
        }
    }

    /** The assignee, else the leads of the team that holds the request. */
    private void toTeam(RequestEvent event) {
        RequestEvent.About request = event.about();
        List<UserAccount> told = Optional.ofNullable(request.assigneeId())
                .flatMap(users::find)
                .filter(UserAccount::isEnabled)
                .map(List::of)
                .orElseGet(() -> users.membersOf(request.teamId()).stream()
                        .filter(member -> member.hasRole(Role.TEAM_LEAD))
                        .toList());
        String path = "/back/requests/" + request.reference();
        boolean mail = settings.current().mailOwners();
        for (UserAccount member : told) {
            alerts.post(member.getId(), "TEAM_OWNER_ANSWERED", request.reference(), request.subject(), path);
            if (mail) {
                mailer.send(
                        member.getEmail(),
                        member.getLanguage().locale(),
                        request.reference(),
                        "owners.mail.TEAM.subject",
                        "owners.mail.TEAM.body",
                        request.reference(),
                        request.subject(),
                        event.actorName(),
                        event.detail(),
                        baseUrl + path);
            }
        }
    }

    /** Where the owner works on the request: their own page for an internal request, the desk's page otherwise. */
    static String ownerPath(UserAccount owner, RequestEvent.About request) {
        if (request.internal()) {
            return "/" + zoneOf(owner) + "/internal-requests/" + request.reference();
        }
        return "/desk/requests/" + request.reference();
    }

    static String zoneOf(UserAccount staff) {
        return staff.hasRole(Role.FRONT_OFFICE) ? "desk" : "back";
    }
}
