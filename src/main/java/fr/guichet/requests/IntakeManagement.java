package fr.guichet.requests;

import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UnknownAccount;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's intake: where a request being recorded will go (asked of the routing rules, before it is saved), and
 * the recording itself with the requester picked among the organisation's contacts or added as a new one, the
 * priority, the destination (the rules', the front office, or a team chosen, with the hand-off note every hand-off
 * needs) and the files — all in one transaction: a refused part leaves nothing behind.
 */
@Service
@Transactional
public class IntakeManagement {

    private final RequestManagement requests;
    private final RoutingRuleManagement routing;
    private final AttachmentManagement attachments;
    private final CustomerManagement customers;
    private final TeamManagement teams;

    IntakeManagement(
            RequestManagement requests,
            RoutingRuleManagement routing,
            AttachmentManagement attachments,
            CustomerManagement customers,
            TeamManagement teams) {
        this.requests = requests;
        this.routing = routing;
        this.attachments = attachments;
        this.customers = customers;
        this.teams = teams;
    }

    /** Where the routing rules send a request with these traits (the organisation's segment included). */
    @Transactional(readOnly = true)
    public Route preview(
            @Nullable Category category,
            @Nullable Channel channel,
            @Nullable Long organisationId,
            @Nullable String subject) {
        String segment = organisationId == null
                ? null
                : customers.find(organisationId).map(o -> o.getSegment()).orElse(null);
        return routing.route(category, channel, segment, subject);
    }

    /** The back-office teams a request may be handed to. */
    @Transactional(readOnly = true)
    public List<Team> teamsToHandTo() {
        return teams.teams().stream()
                .filter(team -> team.getOffice() == Office.BACK_OFFICE)
                .toList();
    }

    /** Where the request will go, as the agent chose it: the team (null: the front office) and the priority. */
    @Transactional(readOnly = true)
    public Route destination(DeskIntake intake) {
        NewRequest details = intake.details();
        return destination(
                details.category(),
                details.channel(),
                details.organisationId(),
                details.subject(),
                intake.destination(),
                intake.priority());
    }

    /** Where a request with these traits will go with this choice of the agent's (a priority chosen wins). */
    @Transactional(readOnly = true)
    public Route destination(
            @Nullable Category category,
            @Nullable Channel channel,
            @Nullable Long organisationId,
            @Nullable String subject,
            DeskIntake.Destination chosen,
            @Nullable Priority priority) {
        Route byRules = preview(category, channel, organisationId, subject);
        Long team = switch (chosen.kind()) {
            case RULES -> byRules.teamId();
            case FRONT_OFFICE -> null;
            case TEAM -> chosen.teamId();
        };
        return new Route(team, priority != null ? priority : byRules.priority());
    }

    /**
     * Records the request at the desk as the agent decided; its owner is the one the interlocutor rule chooses. Settling it at once and
     * handing it to a team (with the note) are the front office's acts; someone else who records one (a back-office
     * team lead at the desk) sends it where the rules say, as a request that comes in.
     */
    public Request record(DeskIntake intake, AccountPrincipal agent) {
        NewRequest details = withRequester(intake);
        Request request;
        if (intake.answer() != null) {
            request = requests.submitResolvedAtFirstContact(details, intake.answer(), agent);
        } else {
            Route route = destination(intake);
            if (!RequestAccess.actsAsFrontOffice(agent)) {
                return attach(requests.submit(details, Actor.of(agent), route), intake, agent);
            }
            if (route.teamId() != null) {
                requireBackOfficeTeam(route.teamId());
                RequestTexts.message(intake.handOffNote(), "requests.error.note-required");
            }
            request = requests.submit(details, Actor.of(agent), Route.frontOffice(route.priority()));
            if (route.teamId() != null) {
                request = requests.handOff(
                        request.getId(), request.getVersion(), route.teamId(), intake.handOffNote(), agent);
            }
        }
        return attach(request, intake, agent);
    }

    private Request attach(Request request, DeskIntake intake, AccountPrincipal agent) {
        if (!intake.files().isEmpty()) {
            attachments.attach(request, intake.files(), agent, false);
        }
        return requests.get(request.getId());
    }

    /** The request's requester: the contact picked, the one added (a new contact of the organisation), or as typed. */
    private NewRequest withRequester(DeskIntake intake) {
        NewRequest details = intake.details();
        Contact contact = null;
        if (intake.contactId() != null || intake.newContact() != null) {
            if (details.organisationId() == null) {
                throw new RequestRuleViolation("intake.error.contact-without-organisation");
            }
            if (customers.find(details.organisationId()).isEmpty()) {
                throw new RequestRuleViolation("requests.error.unknown-organisation");
            }
            contact = intake.contactId() != null
                    ? customers
                            .contact(details.organisationId(), intake.contactId())
                            .orElseThrow(() -> new RequestRuleViolation("intake.error.unknown-contact"))
                    : customers.saveContact(details.organisationId(), null, 0, intake.newContact());
        }
        if (contact == null) {
            return details;
        }
        return new NewRequest(
                details.subject(),
                details.description(),
                details.category(),
                details.channel(),
                details.organisationId(),
                details.requesterUserId(),
                contact.getFullName(),
                contact.getEmail(),
                details.ownerId());
    }

    private void requireBackOfficeTeam(long teamId) {
        Team team;
        try {
            team = teams.team(teamId);
        } catch (UnknownAccount noSuchTeam) {
            throw new RequestRuleViolation("requests.error.unknown-team");
        }
        if (team.getOffice() != Office.BACK_OFFICE) {
            throw new RequestRuleViolation("requests.error.not-a-back-office-team");
        }
    }
}
