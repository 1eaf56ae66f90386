package fr.guichet.requests;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.internal.SavedReplyRepository;
import fr.guichet.shared.Language;
import fr.guichet.shared.Versions;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved replies (macros) and their rules, for the pages and the API alike.
 *
 * <p>Using: staff use their own replies and their team's. Keeping (create, change, delete): a personal reply by its
 * author; a team's reply by that team's team lead and by the administrators (any team). Anyone else is answered as if
 * the reply did not exist; a member who may use a team's reply but not keep it is refused. Customers have none.
 */
@Service
@Transactional
public class SavedReplyManagement {

    private final SavedReplyRepository replies;
    private final RequestManagement requests;
    private final CustomerManagement customers;
    private final UserManagement users;
    private final TeamManagement teams;
    private final Clock clock;

    SavedReplyManagement(
            SavedReplyRepository replies,
            RequestManagement requests,
            CustomerManagement customers,
            UserManagement users,
            TeamManagement teams,
            Clock clock) {
        this.replies = replies;
        this.requests = requests;
        this.customers = customers;
        this.users = users;
        this.teams = teams;
        this.clock = clock;
    }

    /** The replies the person may use: their own and their team's, by title. */
    @Transactional(readOnly = true)
    public List<SavedReply> usableBy(AccountPrincipal user) {
        requireStaff(user);
        return replies.ownAndTeams(user.getId(), user.getTeamId());
    }

    /** What the management page lists: what the person may use, and for an administrator every team's replies. */
    @Transactional(readOnly = true)
    public List<SavedReply> listedFor(AccountPrincipal user) {
        requireStaff(user);
        return isAdmin(user) ? replies.ownAndEveryTeams(user.getId()) : usableBy(user);
    }

    /** One reply the person may use or keep; any other is unknown to them. */
    @Transactional(readOnly = true)
    public SavedReply get(AccountPrincipal user, long id) {
        requireStaff(user);
        return replies.findById(id)
                .filter(reply -> mayUse(user, reply) || mayKeep(user, reply))
                .orElseThrow(() -> new UnknownSavedReply(id));
    }

    /** Whether the person may use the reply in their answers: it is theirs, or their team's. */
    public static boolean mayUse(AccountPrincipal user, SavedReply reply) {
        return user.getKind() != AccountKind.CUSTOMER
                && (reply.getScope() == SavedReplyScope.PERSONAL
                        ? Objects.equals(reply.getOwnerId(), user.getId())
                        : reply.getTeamId() != null && reply.getTeamId().equals(user.getTeamId()));
    }

    /** Whether the person may change or delete the reply: its author; for a team's, its team lead or an admin. */
    public static boolean mayKeep(AccountPrincipal user, SavedReply reply) {
        if (user.getKind() == AccountKind.CUSTOMER) {
            return false;
        }
        if (reply.getScope() == SavedReplyScope.PERSONAL) {
            return Objects.equals(reply.getOwnerId(), user.getId());
        }
        return isAdmin(user) || (leadsATeam(user) && Objects.equals(reply.getTeamId(), user.getTeamId()));
    }

    /** Whether the person may write team replies at all (a team lead with a team, or an administrator). */
    public static boolean mayKeepTeamReplies(AccountPrincipal user) {
        return user.getKind() != AccountKind.CUSTOMER && (isAdmin(user) || leadsATeam(user));
    }

    public SavedReply create(AccountPrincipal user, SavedReplyDraft draft) {
        requireStaff(user);
        if (draft.scope() == null) {
            throw new SavedReplyViolation("scope", "validation.required");
        }
        SavedReply reply = draft.scope() == SavedReplyScope.PERSONAL
                ? SavedReply.personal(user.getId(), draft, user.getUsername(), clock.instant())
                : SavedReply.forTeam(teamOfNewReply(user, draft), draft, user.getUsername(), clock.instant());
        return replies.save(reply);
    }

    /** New title, text and language for a reply the person keeps; the scope does not change. */
    public SavedReply change(AccountPrincipal user, long id, int version, SavedReplyDraft draft) {
        SavedReply reply = kept(user, id);
        Versions.require("Saved reply " + id, reply.getVersion(), version);
        reply.change(draft, user.getUsername(), clock.instant());
        return replies.save(reply);
    }

    public void delete(AccountPrincipal user, long id, int version) {
        SavedReply reply = kept(user, id);
        Versions.require("Saved reply " + id, reply.getVersion(), version);
        replies.delete(reply);
    }

    /**
     * The replies the person may use on a request, those in the customer's language first.
     *
     * @throws UnknownRequest when the person may not see the request
     */
    @Transactional(readOnly = true)
    public List<SavedReply> forRequest(AccountPrincipal user, String reference) {
        Request request = requests.visibleTo(user, reference);
        Language customer = customerLanguage(request);
        return usableBy(user).stream()
                .sorted(Comparator.comparing((SavedReply r) -> r.getLanguage() != customer))
                .toList();
    }

    /** A reply the person may use, filled for a request they may see, as they would send it. */
    @Transactional(readOnly = true)
    public RenderedReply render(AccountPrincipal user, long id, String reference) {
        Request request = requests.visibleTo(user, reference);
        SavedReply reply = get(user, id);
        if (!mayUse(user, reply)) {
            throw new UnknownSavedReply(id);
        }
        Map<SavedReplyPlaceholder, String> values = new EnumMap<>(SavedReplyPlaceholder.class);
        String requester = Objects.toString(request.getRequesterName(), "");
        values.put(
                SavedReplyPlaceholder.CUSTOMER_NAME,
                request.getOrganisationId() == null
                        ? requester
                        : customers
                                .find(request.getOrganisationId())
                                .map(Organisation::getName)
                                .orElse(requester));
        values.put(SavedReplyPlaceholder.REQUEST_REFERENCE, request.getReference());
        values.put(SavedReplyPlaceholder.REQUEST_SUBJECT, request.getSubject());
        values.put(
                SavedReplyPlaceholder.OWNER_NAME,
                request.getOwnerId() == null
                        ? ""
                        : users.find(request.getOwnerId())
                                .map(UserAccount::getDisplayName)
                                .orElse(""));
        values.put(SavedReplyPlaceholder.AGENT_NAME, user.getDisplayName());
        values.put(SavedReplyPlaceholder.REQUESTER_NAME, requester);
        return new RenderedReply(
                reply.getId(), reply.getTitle(), reply.getLanguage(), SavedReplyText.fill(reply.getBody(), values));
    }

    /** The language the customer reads: the requester's account's, else the matching contact's, else French. */
    @Transactional(readOnly = true)
    public Language customerLanguage(Request request) {
        if (request.getRequesterUserId() != null) {
            return users.find(request.getRequesterUserId())
                    .map(UserAccount::getLanguage)
                    .orElse(Language.FR);
        }
        if (request.getOrganisationId() != null && request.getRequesterEmail() != null) {
            return customers.contactsOf(request.getOrganisationId()).stream()
                    .filter(c -> request.getRequesterEmail().equalsIgnoreCase(c.getEmail()))
                    .findFirst()
                    .map(c -> Language.ofCode(c.getPreferredLanguage()))
                    .orElse(Language.FR);
        }
        return Language.FR;
    }

    /**
     * What the person's list holds and why, in English (for the API's list): an empty list then says whether it is
     * empty because the account has no team.
     */
    public static String scopeOf(AccountPrincipal user) {
        String own = "the personal replies of account " + user.getUsername();
        return user.getTeamId() == null
                ? own + "; this account belongs to no team, so no team's replies are listed"
                : own + " and the replies of its team (id " + user.getTeamId() + ")";
    }

    private SavedReply kept(AccountPrincipal user, long id) {
        SavedReply reply = get(user, id);
        if (!mayKeep(user, reply)) {
            throw new SavedReplyRefused("savedreplies.error.team-lead-only");
        }
        return reply;
    }

    private long teamOfNewReply(AccountPrincipal user, SavedReplyDraft draft) {
        if (!mayKeepTeamReplies(user)) {
            throw new SavedReplyRefused("savedreplies.error.team-lead-only");
        }
        Long team = draft.teamId() == null ? user.getTeamId() : draft.teamId();
        if (team == null) {
            throw new SavedReplyViolation("scope", "savedreplies.error.no-team");
        }
        if (!isAdmin(user) && !team.equals(user.getTeamId())) {
            throw new SavedReplyRefused("savedreplies.error.team-lead-only");
        }
        if (teams.teams().stream().noneMatch(t -> t.getId().equals(team))) {
            throw new SavedReplyViolation("teamId", "savedreplies.error.unknown-team");
        }
        return team;
    }

    private static void requireStaff(AccountPrincipal user) {
        if (user.getKind() == AccountKind.CUSTOMER) {
            throw new SavedReplyRefused("savedreplies.error.staff-only");
        }
    }

    private static boolean isAdmin(AccountPrincipal user) {
        return user.hasRole(Role.ADMIN);
    }

    private static boolean leadsATeam(AccountPrincipal user) {
        return user.hasRole(Role.TEAM_LEAD) && user.getTeamId() != null;
    }
}
