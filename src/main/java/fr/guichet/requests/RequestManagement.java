package fr.guichet.requests;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.Message.Visibility;
import fr.guichet.requests.internal.AttachmentStore;
import fr.guichet.requests.internal.CurrentRoutingRules;
import fr.guichet.requests.internal.MessageStore;
import fr.guichet.requests.internal.QueueQueries;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.requests.internal.RequestRepository;
import fr.guichet.requests.internal.RoutingRuleRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits requests and carries out what people do with them; the public face of the requests module. */
@Service
@Transactional
public class RequestManagement {

    private final RequestRepository requests;
    private final RoutingRuleRepository rules;
    private final CurrentRoutingRules currentRules;
    private final RequestStore store;
    private final MessageStore messages;
    private final RequestHistory history;
    private final QueueQueries queues;
    private final AttachmentStore attachments;
    private final AttachmentPolicy attachmentPolicy;
    private final TeamManagement teams;
    private final CustomerManagement customers;
    private final ServiceLevels serviceLevels;
    private final AutoAssignment autoAssignment;
    private final Clock clock;

    RequestManagement(
            RequestRepository requests,
            RoutingRuleRepository rules,
            CurrentRoutingRules currentRules,
            RequestStore store,
            MessageStore messages,
            RequestHistory history,
            QueueQueries queues,
            AttachmentStore attachments,
            AttachmentPolicy attachmentPolicy,
            TeamManagement teams,
            CustomerManagement customers,
            ServiceLevels serviceLevels,
            AutoAssignment autoAssignment,
            Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.currentRules = currentRules;
        this.store = store;
        this.messages = messages;
        this.history = history;
        this.queues = queues;
        this.attachments = attachments;
        this.attachmentPolicy = attachmentPolicy;
        this.teams = teams;
        this.customers = customers;
        this.serviceLevels = serviceLevels;
        this.autoAssignment = autoAssignment;
        this.clock = clock;
    }

    /** A new request, routed by the rules, with its description as the first message of the conversation. */
    public Request submit(NewRequest details, Actor by) {
        String segment = details.organisationId() == null
                ? null
                : customers
                        .find(details.organisationId())
                        .map(Organisation::getSegment)
                        .orElse(null);
        return submit(details, by, routing().route(details.category(), details.channel(), segment, details.subject()));
    }

    private Request submit(NewRequest details, Actor by, Route route) {
        Instant now = clock.instant();
        Request fresh = Request.submit(details, route, by, serviceLevels, now);
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
                        details.description().strip()));
    }

    /**
     * Records a request taken at the desk and settled in the same contact: it never leaves the front office and counts
     * as resolved at first contact.
     */
    public Request submitResolvedAtFirstContact(NewRequest details, String answer, Actor agent) {
        requireText(answer);
        Request request = submit(details, agent, Route.frontOffice(Priority.NORMAL));
        Instant now = clock.instant();
        messages.add(request.getId(), agent.userId(), agent.name(), false, Visibility.PUBLIC, answer.strip(), now);
        request.using(serviceLevels).resolve(excerpt(answer), true, agent, now);
        return store.save(request);
    }

    public Request takeOwnership(long id, int version, Actor agent) {
        return change(id, version, request -> request.takeOwnership(agent, clock.instant()));
    }

    public Request handOff(long id, int version, long toTeamId, String note, Actor by) {
        requireTeam(toTeamId);
        return change(id, version, request -> {
            request.handOff(toTeamId, note, by, clock.instant());
            autoAssignment
                    .assigneeFor(toTeamId)
                    .ifPresent(member -> request.assign(member, Actor.SYSTEM, clock.instant()));
            messages.add(id, by.userId(), by.name(), false, Visibility.INTERNAL, note.strip(), clock.instant());
        });
    }

    public Request transfer(long id, int version, long toTeamId, String reason, Actor by) {
        requireTeam(toTeamId);
        return change(id, version, request -> {
            request.transfer(toTeamId, reason, by, clock.instant());
            autoAssignment
                    .assigneeFor(toTeamId)
                    .ifPresent(member -> request.assign(member, Actor.SYSTEM, clock.instant()));
            messages.add(id, by.userId(), by.name(), false, Visibility.INTERNAL, reason.strip(), clock.instant());
        });
    }

    public Request returnToOwner(long id, int version, String answer, Actor by) {
        return change(id, version, request -> {
            request.returnToOwner(answer, by, clock.instant());
            messages.add(id, by.userId(), by.name(), false, Visibility.INTERNAL, answer.strip(), clock.instant());
        });
    }

    public Request askOwner(long id, int version, String question, Actor by) {
        return change(id, version, request -> {
            request.askOwner(question, by, clock.instant());
            messages.add(id, by.userId(), by.name(), false, Visibility.INTERNAL, question.strip(), clock.instant());
        });
    }

    public Request addInternalNote(long id, int version, String note, Actor by) {
        requireText(note);
        return change(id, version, request -> {
            request.internalNote(excerpt(note), by, clock.instant());
            messages.add(id, by.userId(), by.name(), false, Visibility.INTERNAL, note.strip(), clock.instant());
        });
    }

    public Request replyToCustomer(long id, int version, String body, boolean waitForCustomer, Actor by) {
        requireText(body);
        return change(id, version, request -> {
            request.replyToCustomer(excerpt(body), waitForCustomer, by, clock.instant());
            messages.add(id, by.userId(), by.name(), false, Visibility.PUBLIC, body.strip(), clock.instant());
        });
    }

    /** The customer writes in the conversation (portal, or a reply by email). */
    public Request customerReply(long id, String body, Actor customer) {
        requireText(body);
        Request request = get(id).using(serviceLevels);
        request.customerReplied(excerpt(body), customer, clock.instant());
        messages.add(id, customer.userId(), customer.name(), true, Visibility.PUBLIC, body.strip(), clock.instant());
        return store.save(request);
    }

    public Request assign(long id, int version, Long userId, Actor by) {
        return change(id, version, request -> request.assign(userId, by, clock.instant()));
    }

    public Request changePriority(long id, int version, Priority priority, Actor by) {
        return change(id, version, request -> request.changePriority(priority, by, clock.instant()));
    }

    public Request resolve(long id, int version, String answer, Actor by) {
        requireText(answer);
        return change(id, version, request -> {
            request.resolve(excerpt(answer), false, by, clock.instant());
            messages.add(id, by.userId(), by.name(), false, Visibility.PUBLIC, answer.strip(), clock.instant());
        });
    }

    /**
     * Moves the request to {@code target}: in progress (started, or no longer waiting), waiting for the customer,
     * resolved (with the answer the customer receives) or closed. A request never goes back to new.
     */
    public Request changeStatus(long id, int version, RequestStatus target, String answer, Actor by) {
        return switch (target) {
            case IN_PROGRESS -> change(id, version, request -> request.putInProgress(by, clock.instant()));
            case WAITING_CUSTOMER -> change(id, version, request -> request.waitForCustomer(by, clock.instant()));
            case RESOLVED -> {
                if (answer == null || answer.isBlank()) {
                    throw new RequestRuleViolation("requests.error.answer-required");
                }
                yield resolve(id, version, answer, by);
            }
            case CLOSED -> change(id, version, request -> request.close(by, clock.instant()));
            case NEW -> throw new RequestRuleViolation("requests.error.back-to-new");
        };
    }

    public Request close(long id, Actor by) {
        Request request = get(id).using(serviceLevels);
        request.close(by, clock.instant());
        return store.save(request);
    }

    public Request rate(long id, int score, String comment, Actor customer) {
        Request request = get(id).using(serviceLevels);
        request.rate(score, comment, customer, clock.instant());
        return store.save(request);
    }

    @Transactional(readOnly = true)
    public Request get(long id) {
        return requests.findById(id).orElseThrow(() -> new UnknownRequest(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Request> findByReference(String reference) {
        return requests.findByReference(reference);
    }

    /** The request if this user may see it; otherwise the same answer as for a request that does not exist. */
    @Transactional(readOnly = true)
    public Request visibleTo(AccountPrincipal user, String reference) {
        Request request = findByReference(reference).orElseThrow(() -> new UnknownRequest(reference));
        if (!RequestAccess.maySee(user, request, team -> passedThrough(request.getId(), team))) {
            throw new UnknownRequest(reference);
        }
        return request;
    }

    @Transactional(readOnly = true)
    public List<Message> conversation(long id, boolean includeInternal) {
        return messages.of(id, includeInternal);
    }

    @Transactional(readOnly = true)
    public List<RequestHistory.Entry> history(long id) {
        return history.of(id);
    }

    /** The path of the request between the front office and the teams: "front office → billing → front office". */
    @Transactional(readOnly = true)
    public List<Long> path(long id) {
        return path(history.of(id));
    }

    /** The path derived from a history already read (null stands for the front office). */
    public static List<Long> path(List<RequestHistory.Entry> entries) {
        List<Long> path = new java.util.ArrayList<>();
        for (RequestHistory.Entry entry : entries) {
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
        return queues.queue(filter, clock.instant());
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

    private boolean passedThrough(long requestId, long teamId) {
        return history.passedThrough(requestId, teamId);
    }

    /** Attaches a file the policy accepts; the caller has checked that the actor may see the request. */
    /**
     * Attaches a file to a request. {@code internal}: attached by staff for staff only, never shown to the customer
     * (a customer's files are never internal).
     */
    public void attach(
            long requestId, String filename, byte[] content, Actor by, boolean fromCustomer, boolean internal) {
        String name = AttachmentPolicy.safeName(filename);
        attachmentPolicy.violation(name, content.length).ifPresent(key -> {
            throw new RequestRuleViolation(key);
        });
        attachments.add(
                requestId,
                name,
                attachmentPolicy.contentType(name).orElseThrow(),
                content,
                by.name(),
                fromCustomer,
                internal && !fromCustomer,
                clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long requestId, boolean withInternal) {
        return attachments.of(requestId, withInternal);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> attachmentContent(long requestId, long attachmentId) {
        return attachments.content(requestId, attachmentId);
    }

    public AttachmentPolicy attachmentPolicy() {
        return attachmentPolicy;
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> routingRules() {
        return rules.findAllByPosition();
    }

    @Transactional(readOnly = true)
    public RoutingRule routingRule(long id) {
        return rules.findById(id).orElseThrow(() -> new UnknownRequest("rule " + id));
    }

    /** Saves a new rule or the changes to one; a team code that matches no team is refused. */
    public RoutingRule saveRoutingRule(RoutingRule rule) {
        if (rule.getTeamCode() != null && teams.teamByCode(rule.getTeamCode()).isEmpty()) {
            throw new RequestRuleViolation("requests.rules.error.unknown-team");
        }
        return rules.save(rule);
    }

    public void deleteRoutingRule(long id) {
        rules.deleteById(id);
    }

    private RoutingPolicy routing() {
        return new RoutingPolicy(
                currentRules.inOrder(), code -> teams.teamByCode(code).map(Team::getId));
    }

    private void requireTeam(long teamId) {
        teams.team(teamId);
    }

    private Request change(long id, int expectedVersion, java.util.function.Consumer<Request> action) {
        Request request = get(id).using(serviceLevels);
        if (request.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Request " + id + " changed since version " + expectedVersion);
        }
        action.accept(request);
        return store.save(request);
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new RequestRuleViolation("requests.error.message-required");
        }
    }

    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
