package fr.guichet.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's or a colleague's request. Its owner is the front-office interlocutor and stays so while back-office
 * teams work on it ({@code teamId} is where the work is; none means the front office). The request guards its
 * transitions and registers a {@link RequestEvent} for each.
 */
@Table("requests_request")
public class Request {

    private @Id Long id;
    private String reference;
    private String subject;
    private Category category;
    private Channel channel;
    private Priority priority;
    private RequestStatus status;
    /** Kept equal to {@code status.isOpen()} for the work queues' index; see {@link #getStatus()}. */
    @Column("is_open")
    private boolean open;

    private Long organisationId;
    private Long requesterUserId;
    private String requesterName;
    private String requesterEmail;
    private Long ownerId;
    private Long teamId;
    private Long assigneeId;
    private int handoffCount;
    private boolean firstContactResolution;
    private Instant firstResponseDue;
    private Instant resolutionDue;
    private Instant firstRespondedAt;
    private Instant pausedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Instant escalatedAt;
    private Integer rating;
    private String ratingComment;
    private Instant createdAt;
    private Instant updatedAt;
    /**
     * Facts for the figures, kept with every change (ADR 0025): business seconds from creation to the first response
     * and to the (last) resolution, not counting the time spent waiting for the customer; the business seconds waited
     * so far; how many times the customer reopened the request.
     */
    private Long firstResponseSeconds;

    private Long resolutionSeconds;
    private long waitedSeconds;
    private int reopenCount;
    private @Version int version;

    @Transient
    private transient ServiceLevels serviceLevels;

    @Transient
    private final transient List<Draft> drafts = new ArrayList<>();

    /** An event not yet published: the request's id is known only after its first save. */
    private record Draft(RequestEventKind kind, Actor by, Long fromTeam, Long toTeam, String detail, Instant at) {}

    @PersistenceCreator
    Request(
            Long id,
            String reference,
            String subject,
            Category category,
            Channel channel,
            Priority priority,
            RequestStatus status,
            boolean open,
            Long organisationId,
            Long requesterUserId,
            String requesterName,
            String requesterEmail,
            Long ownerId,
            Long teamId,
            Long assigneeId,
            int handoffCount,
            boolean firstContactResolution,
            Instant firstResponseDue,
            Instant resolutionDue,
            Instant firstRespondedAt,
            Instant pausedAt,
            Instant resolvedAt,
            Instant closedAt,
            Instant escalatedAt,
            Integer rating,
            String ratingComment,
            Instant createdAt,
            Instant updatedAt,
            Long firstResponseSeconds,
            Long resolutionSeconds,
            long waitedSeconds,
            int reopenCount,
            int version) {
        this.id = id;
        this.reference = reference;
        this.subject = subject;
        this.category = category;
        this.channel = channel;
        this.priority = priority;
        this.status = status;
        this.open = open;
        this.organisationId = organisationId;
        this.requesterUserId = requesterUserId;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.assigneeId = assigneeId;
        this.handoffCount = handoffCount;
        this.firstContactResolution = firstContactResolution;
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
        this.firstRespondedAt = firstRespondedAt;
        this.pausedAt = pausedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.escalatedAt = escalatedAt;
        this.rating = rating;
        this.ratingComment = ratingComment;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.firstResponseSeconds = firstResponseSeconds;
        this.resolutionSeconds = resolutionSeconds;
        this.waitedSeconds = waitedSeconds;
        this.reopenCount = reopenCount;
        this.version = version;
    }

    /**
     * A new request, routed: {@code route.teamId()} null keeps it at the front office. Its owner is the agent who
     * records it at the desk, until {@link #interlocutorChosen} gives it the one the administrator's rule chooses.
     */
    static Request submit(NewRequest details, Route route, Actor by, ServiceLevels levels, Instant now) {
        Request request = new Request(
                null,
                null,
                details.subject().strip(),
                details.category(),
                details.channel(),
                route.priority(),
                RequestStatus.NEW,
                true,
                details.organisationId(),
                details.requesterUserId(),
                details.requesterName().strip(),
                details.requesterEmail(),
                details.ownerId(),
                route.teamId(),
                null,
                0,
                false,
                levels.firstResponseDue(details.category(), route.priority(), now),
                levels.resolutionDue(details.category(), route.priority(), now),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                null,
                null,
                0,
                0,
                0);
        request.serviceLevels = levels;
        request.record(RequestEventKind.SUBMITTED, by, null, route.teamId(), details.subject(), now);
        return request;
    }

    /**
     * The administrator's rule ({@link InterlocutorPolicy}) gave the new request its interlocutor; recorded in its
     * history as taken by the system. The agent who records a request, or a colleague's own internal request, needs
     * no line: they are the owner as they file it.
     */
    void interlocutorChosen(long interlocutor, String name, Instant now) {
        boolean chosen = !isInternal() && !Long.valueOf(interlocutor).equals(ownerId);
        ownerId = interlocutor;
        if (chosen) {
            record(RequestEventKind.OWNER_TAKEN, Actor.SYSTEM, null, null, name, now);
        }
    }

    /** The service levels are not stored with the request; the management service lends them before a change. */
    Request using(ServiceLevels levels) {
        this.serviceLevels = levels;
        return this;
    }

    /** A front-office agent becomes the customer's interlocutor for this request. */
    void takeOwnership(Actor agent, Instant now) {
        requireOpen();
        if (ownerId != null && !ownerId.equals(agent.userId())) {
            throw new RequestRuleViolation("requests.error.already-owned");
        }
        ownerId = agent.userId();
        record(RequestEventKind.OWNER_TAKEN, agent, null, null, agent.name(), now);
    }

    /** The front office hands the request to a back-office team, with a note that gives the team the context. */
    void handOff(long toTeamId, String note, Actor by, Instant now) {
        requireOpen();
        if (teamId != null) {
            throw new RequestRuleViolation("requests.error.not-at-front-office");
        }
        requireText(note, "requests.error.note-required");
        if (ownerId == null) {
            ownerId = by.userId();
        }
        teamId = toTeamId;
        assigneeId = null;
        handoffCount++;
        status = RequestStatus.IN_PROGRESS;
        record(RequestEventKind.HANDED_OFF, by, null, toTeamId, note.strip(), now);
    }

    /** A back-office team passes the request to another team, saying why. */
    void transfer(long toTeamId, String reason, Actor by, Instant now) {
        requireOpen();
        if (teamId == null) {
            throw new RequestRuleViolation("requests.error.not-with-a-team");
        }
        if (teamId.equals(toTeamId)) {
            throw new RequestRuleViolation("requests.error.same-team");
        }
        requireText(reason, "requests.error.reason-required");
        Long from = teamId;
        teamId = toTeamId;
        assigneeId = null;
        handoffCount++;
        record(RequestEventKind.TRANSFERRED, by, from, toTeamId, reason.strip(), now);
    }

    /** The back-office team gives the request back to its owner, with its answer. */
    void returnToOwner(String answer, Actor by, Instant now) {
        requireOpen();
        if (teamId == null) {
            throw new RequestRuleViolation("requests.error.not-with-a-team");
        }
        requireText(answer, "requests.error.answer-required");
        Long from = teamId;
        teamId = null;
        assigneeId = null;
        handoffCount++;
        status = RequestStatus.IN_PROGRESS;
        record(RequestEventKind.RETURNED_TO_OWNER, by, from, null, answer.strip(), now);
    }

    /** The team asks the owner a question; the request stays with the team. */
    void askOwner(String question, Actor by, Instant now) {
        requireOpen();
        if (teamId == null) {
            throw new RequestRuleViolation("requests.error.not-with-a-team");
        }
        requireText(question, "requests.error.question-required");
        record(RequestEventKind.QUESTION_TO_OWNER, by, teamId, null, question.strip(), now);
    }

    /** The owner answers the question of the team that holds the request; the request stays with the team. */
    void answerTeam(String answer, Actor by, Instant now) {
        requireOpen();
        if (teamId == null) {
            throw new RequestRuleViolation("requests.error.not-with-a-team");
        }
        requireText(answer, "requests.error.answer-required");
        record(RequestEventKind.OWNER_ANSWERED, by, null, teamId, answer.strip(), now);
    }

    /**
     * The request is about something else: its service levels follow the new category (from its creation, as for a
     * change of priority). A customer's request stays a customer's, an internal one internal.
     */
    void changeCategory(Category newCategory, Actor by, Instant now) {
        requireOpen();
        if (newCategory == null || newCategory.isInternal() != category.isInternal()) {
            throw new RequestRuleViolation("requests.error.category-kind");
        }
        if (newCategory != category) {
            category = newCategory;
            firstResponseDue = firstRespondedAt == null
                    ? serviceLevels.firstResponseDue(category, priority, createdAt)
                    : firstResponseDue;
            resolutionDue = serviceLevels.resolutionDue(category, priority, createdAt);
            record(RequestEventKind.CATEGORY_CHANGED, by, null, null, newCategory.name(), now);
        }
    }

    void assign(Long userId, Actor by, Instant now) {
        requireOpen();
        assigneeId = userId;
        if (status == RequestStatus.NEW) {
            status = RequestStatus.IN_PROGRESS;
        }
        record(RequestEventKind.ASSIGNED, by, null, null, by.name(), now);
    }

    /** A public reply to the customer; {@code waitForCustomer} pauses the service-level clock until they answer. */
    void replyToCustomer(String excerpt, boolean waitForCustomer, Actor by, Instant now) {
        requireOpen();
        if (firstRespondedAt == null) {
            responded(now);
        }
        if (ownerId == null && teamId == null) {
            ownerId = by.userId();
        }
        record(RequestEventKind.PUBLIC_REPLY, by, null, null, excerpt, now);
        if (waitForCustomer) {
            pause(now);
            record(RequestEventKind.WAITING_CUSTOMER, by, null, null, null, now);
        } else if (status == RequestStatus.NEW) {
            status = RequestStatus.IN_PROGRESS;
        }
    }

    /** The customer writes: a waiting request resumes, a resolved one reopens. */
    void customerReplied(String excerpt, Actor customer, Instant now) {
        if (status == RequestStatus.CLOSED) {
            throw new RequestRuleViolation("requests.error.closed");
        }
        record(RequestEventKind.CUSTOMER_REPLY, customer, null, null, excerpt, now);
        if (status == RequestStatus.RESOLVED) {
            status = RequestStatus.IN_PROGRESS;
            resolvedAt = null;
            resolutionSeconds = null;
            reopenCount++;
            record(RequestEventKind.REOPENED, customer, null, null, null, now);
        } else if (status == RequestStatus.WAITING_CUSTOMER) {
            resume(now);
        }
    }

    void internalNote(String excerpt, Actor by, Instant now) {
        record(RequestEventKind.INTERNAL_NOTE, by, teamId, null, excerpt, now);
    }

    void changePriority(Priority newPriority, Actor by, Instant now) {
        requireOpen();
        if (newPriority != priority) {
            priority = newPriority;
            firstResponseDue = firstRespondedAt == null
                    ? serviceLevels.firstResponseDue(category, priority, createdAt)
                    : firstResponseDue;
            resolutionDue = serviceLevels.resolutionDue(category, priority, createdAt);
            record(RequestEventKind.PRIORITY_CHANGED, by, null, null, newPriority.name(), now);
        }
    }

    /**
     * The request is resolved. {@code atFirstContact}: the front-office agent settled it in the same contact that
     * brought it, without any hand-off.
     */
    void resolve(String excerpt, boolean atFirstContact, Actor by, Instant now) {
        requireOpen();
        if (status == RequestStatus.WAITING_CUSTOMER) {
            resume(now);
        }
        if (firstRespondedAt == null) {
            responded(now);
        }
        firstContactResolution = atFirstContact && handoffCount == 0 && teamId == null;
        if (ownerId == null && teamId == null) {
            ownerId = by.userId();
        }
        status = RequestStatus.RESOLVED;
        resolvedAt = now;
        resolutionSeconds = workedSeconds(now);
        record(RequestEventKind.RESOLVED, by, null, null, excerpt, now);
    }

    /** The customer (or the owner for them) closes the request. */
    void close(Actor by, Instant now) {
        if (status == RequestStatus.CLOSED) {
            throw new RequestRuleViolation("requests.error.closed");
        }
        if (resolvedAt == null) {
            resolvedAt = now;
            resolutionSeconds = workedSeconds(now);
        }
        status = RequestStatus.CLOSED;
        closedAt = now;
        record(RequestEventKind.CLOSED, by, null, null, null, now);
    }

    /** The customer rates the resolution, once, after it is resolved. */
    void rate(int score, String comment, Actor customer, Instant now) {
        if (status.isOpen()) {
            throw new RequestRuleViolation("requests.error.rate-before-resolution");
        }
        if (rating != null) {
            throw new RequestRuleViolation("requests.error.already-rated");
        }
        if (score < 1 || score > 5) {
            throw new RequestRuleViolation("requests.error.rating-range");
        }
        if (comment != null && comment.strip().length() > RequestTexts.RATING_COMMENT_MAX) {
            throw new RequestRuleViolation("requests.error.comment-too-long");
        }
        rating = score;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        record(RequestEventKind.RATED, customer, null, null, score + "/5", now);
    }

    /** Someone starts working on a new request, or stops waiting for the customer: the clock runs again. */
    void putInProgress(Actor by, Instant now) {
        requireOpen();
        if (status == RequestStatus.WAITING_CUSTOMER) {
            resume(now);
            record(RequestEventKind.RESUMED, by, null, null, null, now);
        } else if (status == RequestStatus.NEW) {
            status = RequestStatus.IN_PROGRESS;
            record(RequestEventKind.WORK_STARTED, by, null, null, null, now);
        }
    }

    /** The request waits for the customer (information, a test on their side): the service-level clock stops. */
    void waitForCustomer(Actor by, Instant now) {
        requireOpen();
        if (status != RequestStatus.WAITING_CUSTOMER) {
            pause(now);
            record(RequestEventKind.WAITING_CUSTOMER, by, null, null, null, now);
        }
    }

    /** Overdue and not yet escalated: the escalation job tells the team lead, once. */
    void escalate(Instant now) {
        if (escalatedAt == null) {
            escalatedAt = now;
            record(RequestEventKind.ESCALATED, Actor.SYSTEM, teamId, null, null, now);
        }
    }

    public boolean isOverdue(Instant now) {
        return status.isOverdue(resolutionDue, now);
    }

    public boolean isDueSoon(Instant now) {
        return status.isDueSoon(resolutionDue, now);
    }

    /** On time, due soon, overdue, paused or done: what the service-level badge says. */
    public ServiceLevelState serviceLevel(Instant now) {
        return ServiceLevelState.of(status, resolutionDue, now);
    }

    private void pause(Instant now) {
        status = RequestStatus.WAITING_CUSTOMER;
        pausedAt = now;
    }

    /** The first answer the customer gets: its business time is kept for the figures. */
    private void responded(Instant now) {
        firstRespondedAt = now;
        firstResponseSeconds = workedSeconds(now);
    }

    /**
     * Business seconds from the creation to {@code now}, less the time spent waiting for the customer (the waits
     * already over, and the one under way if the request waits now). Null without a calendar (never in the
     * application: every change is made with the service levels lent).
     */
    private Long workedSeconds(Instant now) {
        if (serviceLevels == null) {
            return null;
        }
        long elapsed = serviceLevels.calendar().between(createdAt, now).toSeconds();
        long waitingNow = pausedAt == null
                ? 0
                : serviceLevels.calendar().between(pausedAt, now).toSeconds();
        return Math.max(0, elapsed - waitedSeconds - waitingNow);
    }

    /** Waiting for the customer does not count: due times move by the business time spent waiting. */
    private void resume(Instant now) {
        if (pausedAt != null && serviceLevels != null) {
            waitedSeconds += serviceLevels.calendar().between(pausedAt, now).toSeconds();
            if (firstRespondedAt == null && firstResponseDue != null) {
                firstResponseDue = serviceLevels.shift(firstResponseDue, pausedAt, now);
            }
            if (resolutionDue != null) {
                resolutionDue = serviceLevels.shift(resolutionDue, pausedAt, now);
            }
        }
        pausedAt = null;
        status = RequestStatus.IN_PROGRESS;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new RequestRuleViolation("requests.error.not-open");
        }
    }

    private static void requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new RequestRuleViolation(messageKey);
        }
    }

    private void record(RequestEventKind kind, Actor by, Long fromTeam, Long toTeam, String detail, Instant now) {
        updatedAt = now;
        open = status.isOpen();
        drafts.add(new Draft(kind, by, fromTeam, toTeam, detail, now));
    }

    /** The request as listeners of its events need it. */
    RequestEvent.About about() {
        return new RequestEvent.About(
                reference, subject, requesterUserId, requesterEmail, ownerId, teamId, assigneeId, isInternal());
    }

    /** Published by Spring Data when the request is saved, with the id it then has. */
    @DomainEvents
    List<RequestEvent> events() {
        RequestEvent.About about = about();
        return drafts.stream()
                .map(d -> new RequestEvent(
                        id,
                        reference,
                        d.kind(),
                        d.by().userId(),
                        d.by().name(),
                        d.fromTeam(),
                        d.toTeam(),
                        d.detail(),
                        d.at(),
                        about))
                .toList();
    }

    @AfterDomainEventPublication
    void clearEvents() {
        drafts.clear();
    }

    /** Its first save gave the request its id, its reference and its first version. */
    void inserted(long id, String reference, int version) {
        this.id = id;
        this.reference = reference;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getSubject() {
        return subject;
    }

    public Category getCategory() {
        return category;
    }

    public Channel getChannel() {
        return channel;
    }

    public Priority getPriority() {
        return priority;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getRequesterUserId() {
        return requesterUserId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public boolean isAtFrontOffice() {
        return teamId == null;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public int getHandoffCount() {
        return handoffCount;
    }

    public boolean isFirstContactResolution() {
        return firstContactResolution;
    }

    public boolean isInternal() {
        return category.isInternal();
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    /** Business seconds to the first response, waits for the customer excluded; null before it. */
    public Long getFirstResponseSeconds() {
        return firstResponseSeconds;
    }

    /** Business seconds to the (last) resolution, waits for the customer excluded; null while open. */
    public Long getResolutionSeconds() {
        return resolutionSeconds;
    }

    public long getWaitedSeconds() {
        return waitedSeconds;
    }

    public int getReopenCount() {
        return reopenCount;
    }
}
