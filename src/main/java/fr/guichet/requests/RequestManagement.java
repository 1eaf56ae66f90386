package fr.guichet.requests;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UnknownAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Message.Visibility;
import fr.guichet.requests.internal.MessageStore;
import fr.guichet.requests.internal.OwnedQueries;
import fr.guichet.requests.internal.OwnerAttentionStore;
import fr.guichet.requests.internal.QueueQueries;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.requests.internal.RequestRepository;
import fr.guichet.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request lifecycle: submits requests and carries out what people do with them, each act checked against who
 * does it ({@link RequestAccess}) so that the pages and the API share every rule. Routing rules are kept by
 * {@link RoutingRuleManagement}, files by {@link AttachmentManagement}.
 */
@Service
@Transactional
public class RequestManagement {

    private final RequestRepository requests;
    private final RequestStore store;
    private final MessageStore messages;
    private final RequestHistory history;
    private final QueueQueries queues;
    private final OwnedQueries owned;
    private final RoutingRuleManagement routing;
    private final TeamManagement teams;
    private final UserManagement users;
    private final CustomerManagement customers;
    private final ServiceLevels serviceLevels;
    private final AutoAssignment autoAssignment;
    private final Interlocutors interlocutors;
    private final OwnerAttentionStore attention;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RequestManagement(
            RequestRepository requests,
            RequestStore store,
            MessageStore messages,
            RequestHistory history,
            QueueQueries queues,
            OwnedQueries owned,
            RoutingRuleManagement routing,
            TeamManagement teams,
            UserManagement users,
            CustomerManagement customers,
            ServiceLevels serviceLevels,
            AutoAssignment autoAssignment,
            Interlocutors interlocutors,
            OwnerAttentionStore attention,
            Clock clock,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.store = store;
        this.messages = messages;
        this.history = history;
        this.queues = queues;
        this.owned = owned;
        this.routing = routing;
        this.teams = teams;
        this.users = users;
        this.customers = customers;
        this.serviceLevels = serviceLevels;
        this.autoAssignment = autoAssignment;
        this.interlocutors = interlocutors;
        this.attention = attention;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new request, routed by the rules, with its description as the first message of the conversation. A request
     * for an organisation that does not exist is refused.
     */
    public Request submit(NewRequest details, Actor by) {
        Organisation organisation = null;
        if (details.organisationId() != null) {
            organisation = customers
                    .find(details.organisationId())
                    .orElseThrow(() -> new RequestRuleViolation("requests.error.unknown-organisation"));
        }
        String segment = organisation == null ? null : organisation.getSegment();
        return submit(
                details,
                by,
                routing.route(details.category(), details.channel(), segment, details.subject()),
                organisation,
                false);
    }

    /** A new request sent where {@code route} says (the desk's intake decides the route itself). */
    Request submit(NewRequest details, Actor by, Route route) {
        Organisation organisation = details.organisationId() == null
                ? null
                : customers
                        .find(details.organisationId())
                        .orElseThrow(() -> new RequestRuleViolation("requests.error.unknown-organisation"));
        return submit(details, by, route, organisation, false);
    }

    /**
     * A new request, with its owner from the start: the interlocutor the administrator's rule chooses for a customer's
     * ({@link InterlocutorPolicy}), the colleague who files an internal one.
     */
    private Request submit(
            NewRequest details, Actor by, Route route, Organisation organisation, boolean settledAtFirstContact) {
        String description = RequestTexts.message(details.description(), "requests.error.message-required");
        Instant now = clock.instant();
        Request fresh = Request.submit(details, route, by, serviceLevels, now);
        Optional<Long> owner = settledAtFirstContact
                ? Optional.ofNullable(details.ownerId())
                : interlocutors.ownerFor(details, organisation);
        owner.ifPresent(chosen -> fresh.interlocutorChosen(chosen, interlocutors.nameOf(chosen), now));
        autoAssignment.assigneeFor(route.teamId()).ifPresent(member -> fresh.assign(member, Actor.SYSTEM, now));
        boolean fromCustomer = details.channel() != Channel.INTERNAL
                && by.userId() != null
                && by.userId().equals(details.requesterUserId());
        return store.insert(
                fresh,
                new RequestStore.FirstMessage(
                        details.requesterUserId(),
                        details.requesterName(),
                        fromCustomer || details.requesterUserId() == null,
                        description));
    }

    /**
     * Records a request taken at the desk and settled in the same contact: it never leaves the front office and counts
     * as resolved at first contact. The front office's act.
     */
    public Request submitResolvedAtFirstContact(NewRequest details, String answer, AccountPrincipal agent) {
        RequestAccess.requireFrontOffice(agent);
        String text = RequestTexts.message(answer, "requests.error.message-required");
        Actor actor = Actor.of(agent);
        // Settled in the same contact: the agent who settled it is its interlocutor, whatever the rule.
        Request request = submit(details, actor, Route.frontOffice(Priority.NORMAL), null, true);
        Instant now = clock.instant();
        messages.add(request.getId(), actor.userId(), actor.name(), false, Visibility.PUBLIC, text, now);
        request.using(serviceLevels).resolve(excerpt(text), true, actor, now);
        return store.save(request);
    }

    /** A front-office agent becomes the request's interlocutor. */
    public Request takeOwnership(long id, int version, AccountPrincipal agent) {
        RequestAccess.requireFrontOffice(agent);
        return change(id, version, request -> request.takeOwnership(Actor.of(agent), clock.instant()));
    }

    /** The front office hands the request to a back-office team, with a note for the team. */
    public Request handOff(long id, int version, long toTeamId, String note, AccountPrincipal by) {
        RequestAccess.requireFrontOffice(by);
        requireTeam(toTeamId);
        String text = RequestTexts.message(note, "requests.error.note-required");
        return change(id, version, request -> {
            request.handOff(toTeamId, text, Actor.of(by), clock.instant());
            autoAssignment
                    .assigneeFor(toTeamId)
                    .ifPresent(member -> request.assign(member, Actor.SYSTEM, clock.instant()));
            internalMessage(id, by, text);
        });
    }

    /** The team that holds the request passes it to another team, saying why. */
    public Request transfer(long id, int version, long toTeamId, String reason, AccountPrincipal by) {
        requireTeam(toTeamId);
        String text = RequestTexts.message(reason, "requests.error.reason-required");
        return change(id, version, request -> {
            RequestAccess.requireWorksFor(by, request);
            request.transfer(toTeamId, text, Actor.of(by), clock.instant());
            autoAssignment
                    .assigneeFor(toTeamId)
                    .ifPresent(member -> request.assign(member, Actor.SYSTEM, clock.instant()));
            internalMessage(id, by, text);
        });
    }

    /** The team that holds the request gives it back to its owner, with its answer. */
    public Request returnToOwner(long id, int version, String answer, AccountPrincipal by) {
        String text = RequestTexts.message(answer, "requests.error.answer-required");
        return change(id, version, request -> {
            RequestAccess.requireWorksFor(by, request);
            if (request.isInternal()) {
                // the team answers the colleague who asked directly: "returning" it would leave it at the reception
                throw new RequestRuleViolation("requests.error.internal-answered-directly");
            }
            request.returnToOwner(text, Actor.of(by), clock.instant());
            internalMessage(id, by, text);
        });
    }

    /** The team that holds the request asks its owner a question. */
    public Request askOwner(long id, int version, String question, AccountPrincipal by) {
        String text = RequestTexts.message(question, "requests.error.question-required");
        return change(id, version, request -> {
            RequestAccess.requireWorksFor(by, request);
            request.askOwner(text, Actor.of(by), clock.instant());
            internalMessage(id, by, text);
        });
    }

    /** The owner side answers the question of the team that holds the request; the request stays with the team. */
    public Request answerTeam(long id, int version, String answer, AccountPrincipal by) {
        String text = RequestTexts.message(answer, "requests.error.answer-required");
        return change(id, version, request -> {
            RequestAccess.requireMayAnswerTeam(by, request);
            request.answerTeam(text, Actor.of(by), clock.instant());
            internalMessage(id, by, text);
        });
    }

    /** A change of category, its service levels recomputed, by the team that holds the request or the front office. */
    public Request changeCategory(long id, int version, Category category, AccountPrincipal by) {
        return change(id, version, request -> {
            RequestAccess.requireMayWorkOn(by, request);
            request.changeCategory(category, Actor.of(by), clock.instant());
        });
    }

    /**
     * What this user may write on the request from the composer: a reply to the requester, a question to or an
     * answer for the owner, an answer to the team's question, an internal note — each by the rule of the act alone.
     */
    @Transactional(readOnly = true)
    public Set<ComposerAct> actsFor(AccountPrincipal user, Request request) {
        Set<ComposerAct> acts = EnumSet.noneOf(ComposerAct.class);
        boolean open = request.getStatus().isOpen();
        if (open && mayAnswerCustomer(user, request)) {
            acts.add(ComposerAct.REPLY);
        }
        if (open && RequestAccess.worksFor(user, request)) {
            acts.add(ComposerAct.ASK_OWNER);
            if (!request.isInternal()) {
                acts.add(ComposerAct.RETURN_TO_OWNER);
            }
        }
        if (open && RequestAccess.mayAnswerTeam(user, request)) {
            acts.add(ComposerAct.ANSWER_TEAM);
        }
        if (RequestAccess.mayWorkOn(user, request)) {
            acts.add(ComposerAct.NOTE);
        }
        return acts;
    }

    /**
     * One act of the composer and the status set with it, in one change (all or none): a reply that waits for the
     * customer or resolves the request, a note that puts it back in progress... Only a reply resolves: the resolution
     * is an answer the requester receives. Files go with {@link ComposerManagement}.
     */
    public Request compose(
            long id, int version, ComposerAct act, String body, RequestStatus status, AccountPrincipal by) {
        if (act == null) {
            throw new RequestRuleViolation("requests.composer.error.act-required");
        }
        String text = RequestTexts.message(body, requiredKey(act));
        if (status == RequestStatus.RESOLVED && act != ComposerAct.REPLY) {
            throw new RequestRuleViolation("requests.composer.error.resolve-with-reply");
        }
        if (status == RequestStatus.NEW) {
            throw new RequestRuleViolation("requests.error.back-to-new");
        }
        return change(id, version, request -> {
            Actor actor = Actor.of(by);
            Instant now = clock.instant();
            boolean statusDone = false;
            switch (act) {
                case REPLY -> {
                    requireMayAnswerCustomer(by, request);
                    if (status == RequestStatus.RESOLVED) {
                        request.resolve(excerpt(text), false, actor, now);
                    } else {
                        request.replyToCustomer(excerpt(text), status == RequestStatus.WAITING_CUSTOMER, actor, now);
                    }
                    statusDone = status == RequestStatus.RESOLVED || status == RequestStatus.WAITING_CUSTOMER;
                    messages.add(id, by.getId(), by.getDisplayName(), false, Visibility.PUBLIC, text, now);
                }
                case ASK_OWNER -> {
                    RequestAccess.requireWorksFor(by, request);
                    request.askOwner(text, actor, now);
                    internalMessage(id, by, text);
                }
                case RETURN_TO_OWNER -> {
                    RequestAccess.requireWorksFor(by, request);
                    request.returnToOwner(text, actor, now);
                    internalMessage(id, by, text);
                }
                case ANSWER_TEAM -> {
                    RequestAccess.requireMayAnswerTeam(by, request);
                    request.answerTeam(text, actor, now);
                    internalMessage(id, by, text);
                }
                case NOTE -> {
                    RequestAccess.requireMayWorkOn(by, request);
                    request.internalNote(excerpt(text), actor, now);
                    internalMessage(id, by, text);
                }
            }
            if (status != null && !statusDone) {
                RequestAccess.requireMayWorkOn(by, request);
                switch (status) {
                    case IN_PROGRESS -> request.putInProgress(actor, now);
                    case WAITING_CUSTOMER -> request.waitForCustomer(actor, now);
                    case CLOSED -> request.close(actor, now);
                    default -> throw new RequestRuleViolation("requests.composer.error.resolve-with-reply");
                }
            }
        });
    }

    private static String requiredKey(ComposerAct act) {
        return switch (act) {
            case REPLY, NOTE -> "requests.error.message-required";
            case ASK_OWNER -> "requests.error.question-required";
            case RETURN_TO_OWNER, ANSWER_TEAM -> "requests.error.answer-required";
        };
    }

    /** Whether something happened to the request after the first {@code seen} lines of its history. */
    @Transactional(readOnly = true)
    public boolean changedSince(long id, int seen) {
        return history.count(id) > seen;
    }

    /**
     * What happened to the request after the first {@code seen} lines of its history (the history is append-only):
     * what a person who read the request then has not seen.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historySince(long id, int seen) {
        List<HistoryEntry> all = history.of(id);
        return seen < 0 || seen >= all.size() ? List.of() : List.copyOf(all.subList(seen, all.size()));
    }

    /** A note for staff only, by the team that holds the request or the front office. */
    public Request addInternalNote(long id, int version, String note, AccountPrincipal by) {
        String text = RequestTexts.message(note, "requests.error.message-required");
        return change(id, version, request -> {
            RequestAccess.requireMayWorkOn(by, request);
            request.internalNote(excerpt(text), Actor.of(by), clock.instant());
            internalMessage(id, by, text);
        });
    }

    /**
     * A public reply the customer receives, by someone who may answer the customer ({@link
     * RequestAccess#mayAnswerCustomer}); {@code waitForCustomer} pauses the service-level clock.
     */
    public Request replyToCustomer(long id, int version, String body, boolean waitForCustomer, AccountPrincipal by) {
        String text = RequestTexts.message(body, "requests.error.message-required");
        return change(id, version, request -> {
            requireMayAnswerCustomer(by, request);
            request.replyToCustomer(excerpt(text), waitForCustomer, Actor.of(by), clock.instant());
            messages.add(id, by.getId(), by.getDisplayName(), false, Visibility.PUBLIC, text, clock.instant());
        });
    }

    /** The customer writes in the conversation (portal, API, or a reply by email). */
    public Request customerReply(long id, String body, Actor customer) {
        String text = RequestTexts.message(body, "requests.error.message-required");
        Request request = get(id).using(serviceLevels);
        request.customerReplied(excerpt(text), customer, clock.instant());
        messages.add(id, customer.userId(), customer.name(), true, Visibility.PUBLIC, text, clock.instant());
        return store.save(request);
    }

    /** The team that holds the request gives it to one of its active members. */
    public Request assign(long id, int version, Long userId, AccountPrincipal by) {
        return change(id, version, request -> {
            RequestAccess.requireWorksFor(by, request);
            if (userId == null
                    || users.membersOf(request.getTeamId()).stream()
                            .noneMatch(member -> member.getId().equals(userId))) {
                throw new RequestRuleViolation("requests.error.assignee-not-in-team");
            }
            request.assign(userId, Actor.of(by), clock.instant());
        });
    }

    /** A change of priority, by the team that holds the request or the front office. */
    public Request changePriority(long id, int version, Priority priority, AccountPrincipal by) {
        return change(id, version, request -> {
            RequestAccess.requireMayWorkOn(by, request);
            request.changePriority(priority, Actor.of(by), clock.instant());
        });
    }

    /** The request is resolved with the answer the customer receives, by someone who may answer the customer. */
    public Request resolve(long id, int version, String answer, AccountPrincipal by) {
        String text = RequestTexts.message(answer, "requests.error.answer-required");
        return change(id, version, request -> {
            requireMayAnswerCustomer(by, request);
            request.resolve(excerpt(text), false, Actor.of(by), clock.instant());
            messages.add(id, by.getId(), by.getDisplayName(), false, Visibility.PUBLIC, text, clock.instant());
        });
    }

    /**
     * Moves the request to {@code target}: in progress (started, or no longer waiting), waiting for the customer,
     * resolved (with the answer the customer receives) or closed. A request never goes back to new.
     */
    public Request changeStatus(long id, int version, RequestStatus target, String answer, AccountPrincipal by) {
        Actor actor = Actor.of(by);
        return switch (target) {
            case IN_PROGRESS ->
                change(id, version, request -> {
                    RequestAccess.requireMayWorkOn(by, request);
                    request.putInProgress(actor, clock.instant());
                });
            case WAITING_CUSTOMER ->
                change(id, version, request -> {
                    RequestAccess.requireMayWorkOn(by, request);
                    request.waitForCustomer(actor, clock.instant());
                });
            case RESOLVED -> resolve(id, version, answer, by);
            case CLOSED ->
                change(id, version, request -> {
                    RequestAccess.requireMayWorkOn(by, request);
                    request.close(actor, clock.instant());
                });
            case NEW -> throw new RequestRuleViolation("requests.error.back-to-new");
        };
    }

    /**
     * Several changes at once (the API's PATCH): priority, category, assignee, status, in that order, each checked as if done
     * alone; all or none.
     */
    public Request update(
            long id,
            int version,
            Priority priority,
            Category category,
            Long assigneeId,
            RequestStatus status,
            String answer,
            AccountPrincipal by) {
        Request request = get(id);
        Versions.require("Request " + id, request.getVersion(), version);
        if (priority != null) {
            request = changePriority(id, request.getVersion(), priority, by);
        }
        if (category != null && category != request.getCategory()) {
            request = changeCategory(id, request.getVersion(), category, by);
        }
        if (assigneeId != null) {
            request = assign(id, request.getVersion(), assigneeId, by);
        }
        if (status != null && status != request.getStatus()) {
            request = changeStatus(id, request.getVersion(), status, answer, by);
        }
        return request;
    }

    /**
     * The colleague who filed an internal request writes in it from their own page: an answer to the team's question,
     * or more; a resolved request reopens, one waiting for them resumes. Only the requester may.
     */
    public Request requesterReply(long id, String body, AccountPrincipal requester) {
        String text = RequestTexts.message(body, "requests.error.message-required");
        Request request = get(id).using(serviceLevels);
        RequestAccess.requireRequester(requester, request);
        Actor actor = Actor.of(requester);
        request.customerReplied(excerpt(text), actor, clock.instant());
        messages.add(id, actor.userId(), actor.name(), true, Visibility.PUBLIC, text, clock.instant());
        return store.save(request);
    }

    /** The colleague who filed an internal request closes it (answered, or no longer needed). */
    public Request requesterClose(long id, AccountPrincipal requester) {
        Request request = get(id).using(serviceLevels);
        RequestAccess.requireRequester(requester, request);
        request.close(Actor.of(requester), clock.instant());
        return store.save(request);
    }

    /**
     * The user opens the request's page: if they own it, it is no longer highlighted as come back to them, and their
     * alerts about it are read ({@link RequestOpened}). Every staff page that shows a request calls this once.
     */
    public void openedBy(Request request, AccountPrincipal user) {
        if (user.getId() == null) {
            return;
        }
        if (user.getId().equals(request.getOwnerId())) {
            attention.clear(request.getId(), user.getId());
        }
        events.publishEvent(new RequestOpened(request.getId(), request.getReference(), user.getId()));
    }

    /** Why the request calls its owner back, if it does (until they open it). */
    @Transactional(readOnly = true)
    public Optional<OwnerAttention.Reason> cameBack(long requestId) {
        return attention.reason(requestId).map(OwnerAttention.Reason::valueOf);
    }

    /** Why each of these requests calls its owner back, for those that do (until the owner opens them). */
    @Transactional(readOnly = true)
    public Map<Long, OwnerAttention.Reason> cameBack(Collection<Long> requestIds) {
        Map<Long, OwnerAttention.Reason> reasons = new HashMap<>();
        attention.reasons(requestIds).forEach((id, reason) -> reasons.put(id, OwnerAttention.Reason.valueOf(reason)));
        return reasons;
    }

    /** What the user owns and is open, wherever it is (front office or any team), by due time, a page at a time. */
    @Transactional(readOnly = true)
    public List<OwnedRequest> ownedBy(AccountPrincipal owner, Instant afterDue, Long afterId, int limit) {
        return owned.ownedBy(
                owner.getId(),
                null,
                false,
                afterDue,
                afterId,
                limit,
                clock.instant(),
                serviceLevels.calendar().zone());
    }

    /**
     * An internal request as the colleague who filed it sees it on their own page; anyone else is answered as if it
     * did not exist.
     */
    @Transactional(readOnly = true)
    public Request filedBy(AccountPrincipal requester, String reference) {
        Request request = findByReference(reference).orElseThrow(() -> new UnknownRequest(reference));
        if (!RequestAccess.isRequester(requester, request)) {
            throw new UnknownRequest(reference);
        }
        return request;
    }

    /** The customer (or the owner for them) closes the request. */
    public Request close(long id, Actor by) {
        Request request = get(id).using(serviceLevels);
        request.close(by, clock.instant());
        return store.save(request);
    }

    /** The customer rates the resolution, once; the comment is at most {@link RequestTexts#RATING_COMMENT_MAX}. */
    public Request rate(long id, int score, String comment, Actor customer) {
        Request request = get(id).using(serviceLevels);
        request.rate(score, comment, customer, clock.instant());
        return store.save(request);
    }

    /** Whether the user may answer the customer on this request (a public reply, the resolution). */
    @Transactional(readOnly = true)
    public boolean mayAnswerCustomer(AccountPrincipal user, Request request) {
        return RequestAccess.mayAnswerCustomer(user, request, teamAnswersCustomers(request));
    }

    @Transactional(readOnly = true)
    public Request get(long id) {
        return requests.findById(id).orElseThrow(() -> new UnknownRequest(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Request> find(long id) {
        return requests.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Request> findByReference(String reference) {
        return requests.findByReference(reference);
    }

    /** The request if this user may see it; otherwise the same answer as for a request that does not exist. */
    @Transactional(readOnly = true)
    public Request visibleTo(AccountPrincipal user, String reference) {
        Request request = findByReference(reference).orElseThrow(() -> new UnknownRequest(reference));
        if (!RequestAccess.maySee(user, request, team -> history.passedThrough(request.getId(), team))) {
            throw new UnknownRequest(reference);
        }
        return request;
    }

    /** Whether the user sees the internal work on the request ({@link RequestAccess#seesInternalWork}). */
    @Transactional(readOnly = true)
    public boolean seesInternalWork(AccountPrincipal user, Request request) {
        return RequestAccess.seesInternalWork(user, request, team -> history.passedThrough(request.getId(), team));
    }

    /** Of these lines, those the user may open (a team sees what is or was with it, not the rest of the customer's). */
    @Transactional(readOnly = true)
    public List<QueueItem> visibleAmong(AccountPrincipal user, List<QueueItem> items) {
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.FRONT_OFFICE)) {
            return items;
        }
        // the rule is RequestAccess.maySee's; its facts are read in two queries for the whole list
        List<Long> ids = items.stream().map(QueueItem::id).toList();
        Set<Long> passed = user.getTeamId() == null ? Set.of() : history.passedThrough(ids, user.getTeamId());
        Set<Long> visible = new HashSet<>();
        requests.findAllById(ids).forEach(request -> {
            if (RequestAccess.maySee(user, request, team -> passed.contains(request.getId()))) {
                visible.add(request.getId());
            }
        });
        return items.stream().filter(item -> visible.contains(item.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<Message> conversation(long id, boolean includeInternal) {
        return messages.of(id, includeInternal);
    }

    /** The whole history, for staff. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return history.of(id);
    }

    /** The history as this user may see it: all of it for staff, what a customer is shown for a customer. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyFor(AccountPrincipal user, Request request) {
        List<HistoryEntry> all = history.of(request.getId());
        return seesInternalWork(user, request) ? all : RequestAccess.asRequesterSeesIt(all);
    }

    /** The path of the request between the front office and the teams: "front office → billing → front office". */
    @Transactional(readOnly = true)
    public List<Long> path(long id) {
        return path(history.of(id));
    }

    /** The path derived from a history already read (null stands for the front office). */
    public static List<Long> path(List<HistoryEntry> entries) {
        List<Long> path = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            switch (entry.kind()) {
                case SUBMITTED -> {
                    path.add(null);
                    if (entry.toTeamId() != null) {
                        path.add(entry.toTeamId());
                    }
                }
                case HANDED_OFF, TRANSFERRED, RETURNED_TO_OWNER -> path.add(entry.toTeamId());
                default -> {}
            }
        }
        return path;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        return queues.queue(filter, clock.instant(), serviceLevels.calendar().zone());
    }

    /** How many requests each option of the queue's filters would show, the other filters as in {@code filter}. */
    @Transactional(readOnly = true)
    public QueueCounts queueCounts(QueueFilter filter) {
        return new QueueCounts(
                queues.counts(
                        filter.teamId(),
                        clock.instant(),
                        serviceLevels.calendar().zone()),
                filter);
    }

    /** The counts of the desk's tabs for this agent. */
    @Transactional(readOnly = true)
    public FrontOfficeCounts frontOfficeCounts(long agentId) {
        return queues.frontOfficeCounts(agentId);
    }

    /** How many internal requests this colleague filed, and how many are still open. */
    @Transactional(readOnly = true)
    public RequesterCounts requesterCounts(long userId) {
        return queues.requesterCounts(userId);
    }

    @Transactional(readOnly = true)
    public List<QueueItem> ofOrganisation(long organisationId, int limit) {
        return queues.ofOrganisation(organisationId, limit);
    }

    @Transactional(readOnly = true)
    public List<QueueItem> ofRequester(long userId, int limit) {
        return queues.ofRequester(userId, limit);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * A step of a quote made from the request — sent to the customer, accepted or declined by them — as a line of the
     * request's history for the staff; the customer's answer calls the request's owner back ({@link OwnerAttention}).
     * The request itself does not change: nobody working on it meanwhile is told it changed under them.
     */
    public void recordQuoteStep(long requestId, RequestEventKind step, String detail, Actor by) {
        if (step != RequestEventKind.QUOTE_SENT
                && step != RequestEventKind.QUOTE_ACCEPTED
                && step != RequestEventKind.QUOTE_DECLINED) {
            throw new IllegalArgumentException("Not a quote's step: " + step);
        }
        Request request = get(requestId);
        store.appendOnly(
                new RequestEvent(
                        request.getId(),
                        request.getReference(),
                        step,
                        by.userId(),
                        by.name(),
                        null,
                        null,
                        detail.length() > 500 ? detail.substring(0, 500) : detail,
                        clock.instant(),
                        request.about()),
                request.getCreatedAt());
    }

    private void requireMayAnswerCustomer(AccountPrincipal user, Request request) {
        if (!RequestAccess.mayAnswerCustomer(user, request, teamAnswersCustomers(request))) {
            throw new RequestActRefused(
                    RequestAccess.mayWorkOn(user, request)
                            ? "requests.error.team-may-not-answer"
                            : "requests.error.not-your-team");
        }
    }

    private boolean teamAnswersCustomers(Request request) {
        return request.getTeamId() != null && teams.team(request.getTeamId()).isAnswersCustomers();
    }

    private void internalMessage(long requestId, AccountPrincipal by, String text) {
        messages.add(requestId, by.getId(), by.getDisplayName(), false, Visibility.INTERNAL, text, clock.instant());
    }

    /** A request is handed off or transferred to a back-office team that exists; anything else is a broken rule. */
    private void requireTeam(long teamId) {
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

    /** The one optimistic-lock check of every staff act: the version the person read must still be the request's. */
    private Request change(long id, int expectedVersion, Consumer<Request> action) {
        Request request = get(id).using(serviceLevels);
        Versions.require("Request " + id, request.getVersion(), expectedVersion);
        action.accept(request);
        return store.save(request);
    }

    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
