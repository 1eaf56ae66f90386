package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.ComposerAct;
import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.Message;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestEventKind;
import fr.guichet.requests.RequestStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The request and response bodies of the requests API: records, never the aggregate itself. */
final class RequestApiModels {

    private RequestApiModels() {}

    /** A new request. Customers' tokens file for their own organisation; staff tokens say whose request it is. */
    record CreateRequest(
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 20000) String description,
            @NotNull Category category,
            Channel channel,
            Long organisationId,
            @Size(max = 120) String requesterName,
            @Email @Size(max = 254) String requesterEmail) {}

    /**
     * Changes to a request; {@code version} is the one read, to refuse a change made on stale data (409). A status of
     * RESOLVED needs the {@code answer} the customer receives. A new {@code category} recomputes the service levels
     * and stays of the same kind (customer or internal).
     */
    record UpdateRequest(
            @NotNull Integer version,
            Priority priority,
            Category category,
            Long assigneeId,
            RequestStatus status,
            @Size(max = 20000) String answer) {}

    record HandOff(
            @NotNull Integer version,
            @NotNull Long teamId,
            @NotBlank @Size(max = 2000) String note) {}

    /**
     * A message, as the request page's composer sends it. Staff: {@code act} says what it is (REPLY to the requester,
     * RETURN_TO_OWNER, ASK_OWNER, ANSWER_TEAM the team's question, NOTE); without it, {@code visibility} INTERNAL is a
     * note and anything else a reply. {@code status} (IN_PROGRESS, WAITING_CUSTOMER, RESOLVED — with a reply only) is
     * set in the same change. A customer's message is always a public one: its act and status are not theirs.
     */
    record PostMessage(
            @NotNull Integer version,
            @NotBlank @Size(max = 20000) String body,
            Message.Visibility visibility,
            ComposerAct act,
            RequestStatus status) {}

    record Resolve(
            @NotNull Integer version,
            @NotBlank @Size(max = 20000) String answer) {}

    record RequestView(
            String reference,
            String subject,
            Category category,
            Channel channel,
            Priority priority,
            RequestStatus status,
            Long organisationId,
            String requesterName,
            Long ownerId,
            Long teamId,
            Long assigneeId,
            int handoffCount,
            boolean firstContactResolution,
            Instant firstResponseDue,
            Instant resolutionDue,
            Instant createdAt,
            Instant updatedAt,
            Integer rating,
            int version) {

        static RequestView of(Request r) {
            return new RequestView(
                    r.getReference(),
                    r.getSubject(),
                    r.getCategory(),
                    r.getChannel(),
                    r.getPriority(),
                    r.getStatus(),
                    r.getOrganisationId(),
                    r.getRequesterName(),
                    r.getOwnerId(),
                    r.getTeamId(),
                    r.getAssigneeId(),
                    r.getHandoffCount(),
                    r.isFirstContactResolution(),
                    r.getFirstResponseDue(),
                    r.getResolutionDue(),
                    r.getCreatedAt(),
                    r.getUpdatedAt(),
                    r.getRating(),
                    r.getVersion());
        }
    }

    record QueueEntry(
            String reference,
            String subject,
            Category category,
            Priority priority,
            RequestStatus status,
            Long organisationId,
            Long ownerId,
            Long teamId,
            Long assigneeId,
            Instant resolutionDue,
            Instant createdAt) {

        static QueueEntry of(QueueItem i) {
            return new QueueEntry(
                    i.reference(),
                    i.subject(),
                    i.category(),
                    i.priority(),
                    i.status(),
                    i.organisationId(),
                    i.ownerId(),
                    i.teamId(),
                    i.assigneeId(),
                    i.resolutionDue(),
                    i.createdAt());
        }
    }

    /** A page of a queue; {@code nextCursor} is null on the last page. */
    record Page<T>(List<T> items, String nextCursor) {}

    record MessageView(
            Long authorId,
            String authorName,
            boolean fromCustomer,
            Message.Visibility visibility,
            String body,
            Instant createdAt) {

        static MessageView of(Message m) {
            return new MessageView(
                    m.authorId(), m.authorName(), m.fromCustomer(), m.visibility(), m.body(), m.createdAt());
        }
    }

    record HistoryView(
            RequestEventKind kind,
            Long actorId,
            String actorName,
            Long fromTeamId,
            Long toTeamId,
            String detail,
            Instant at) {

        static HistoryView of(HistoryEntry e) {
            return new HistoryView(
                    e.kind(), e.actorId(), e.actorName(), e.fromTeamId(), e.toTeamId(), e.detail(), e.at());
        }
    }
}
