package fr.guichet.notifications;

import fr.guichet.company.CompanySettings;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Message;
import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import java.util.List;
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
    private final RequestManagement requests;
    private final String baseUrl;

    RequestNotifications(
            Mailer mailer,
            AlertManagement alerts,
            UserManagement users,
            RequestManagement requests,
            CompanySettings company) {
        this.mailer = mailer;
        this.alerts = alerts;
        this.users = users;
        this.requests = requests;
        this.baseUrl = company.baseUrl();
    }

    @EventListener
    void on(RequestEvent event) {
        RequestEvent.About request = event.about();
        switch (event.kind()) {
            case SUBMITTED -> {
                String follow = followLink(event);
                if (follow == null) {
                    toRequester(
                            request,
                            "mail.receipt.subject",
                            "intake.mail.receipt.body-without-link",
                            request.reference(),
                            request.subject());
                } else {
                    toRequester(
                            request,
                            "mail.receipt.subject",
                            "mail.receipt.body",
                            request.reference(),
                            request.subject(),
                            follow);
                }
            }
            case PUBLIC_REPLY -> {
                String follow = followLink(event);
                toRequester(
                        request,
                        "mail.reply.subject",
                        follow == null ? "intake.mail.reply.body-without-link" : "mail.reply.body",
                        request.reference(),
                        request.subject(),
                        event.actorName(),
                        event.detail(),
                        follow == null ? "" : follow);
            }
            case RESOLVED -> resolved(event);
            case ESCALATED -> escalated(request);
            default -> {}
        }
    }

    /**
     * The resolution: the whole answer (the history keeps an excerpt, the email the text the customer was given), and
     * the link that opens the rating on the portal when the customer can sign in there; no link otherwise (a visitor
     * of the public site, or someone the desk recorded without an organisation, replies to the email instead).
     */
    private void resolved(RequestEvent event) {
        RequestEvent.About request = event.about();
        String answer = wholeAnswer(event);
        if (request.internal()) {
            // a colleague is not asked to rate: they read the answer, and reopen or close it on their own page
            toRequester(
                    request,
                    "mail.resolved.subject",
                    "owners.mail.internal-resolved.body",
                    request.reference(),
                    request.subject(),
                    answer,
                    followLink(event));
            return;
        }
        String rating = followLink(event);
        if (rating == null) {
            toRequester(
                    request,
                    "mail.resolved.subject",
                    "intake.mail.resolved.body-without-link",
                    request.reference(),
                    request.subject(),
                    answer);
        } else {
            toRequester(
                    request,
                    "mail.resolved.subject",
                    "intake.mail.resolved.body",
                    request.reference(),
                    request.subject(),
                    answer,
                    rating + "#rating");
        }
    }

    /** The last public answer of staff, written in the same transaction as the resolution; else the excerpt. */
    private String wholeAnswer(RequestEvent event) {
        List<Message> conversation = requests.conversation(event.requestId(), false);
        for (int i = conversation.size() - 1; i >= 0; i--) {
            Message message = conversation.get(i);
            if (!message.fromCustomer() && !message.isInternal()) {
                return message.body();
            }
        }
        return event.detail();
    }

    /**
     * Where the requester follows the request: their own page for a colleague's internal request; the portal for a requester with an
     * account, or a request of an organisation (whose portal users see its requests); none otherwise (a visitor of the
     * public site, someone the desk recorded without an organisation: they answer by email).
     */
    private String followLink(RequestEvent event) {
        RequestEvent.About request = event.about();
        if (request.internal()) {
            return request.requesterUserId() == null
                    ? baseUrl + "/desk/internal-requests"
                    : baseUrl + OwnerNotifications.ownerPath(users.get(request.requesterUserId()), request);
        }
        if (request.requesterUserId() == null && requests.get(event.requestId()).getOrganisationId() == null) {
            return null;
        }
        return baseUrl + "/portal/requests/" + request.reference();
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
}
