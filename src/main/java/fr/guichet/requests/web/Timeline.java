package fr.guichet.requests.web;

import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.Message;
import fr.guichet.requests.RequestEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The request page's one timeline, newest first: the conversation's messages (each with the act that wrote it, when
 * the history says) and the history's other lines — hand-offs, status changes, changes of priority or category.
 */
final class Timeline {

    /** The kinds whose text is a message of the conversation: shown as the message, labelled with the kind. */
    private static final Set<RequestEventKind> WITH_MESSAGE = EnumSet.of(
            RequestEventKind.SUBMITTED,
            RequestEventKind.PUBLIC_REPLY,
            RequestEventKind.CUSTOMER_REPLY,
            RequestEventKind.INTERNAL_NOTE,
            RequestEventKind.HANDED_OFF,
            RequestEventKind.TRANSFERRED,
            RequestEventKind.RETURNED_TO_OWNER,
            RequestEventKind.QUESTION_TO_OWNER,
            RequestEventKind.OWNER_ANSWERED,
            RequestEventKind.RESOLVED);

    /** Lines that only repeat a message: never shown on their own. */
    private static final Set<RequestEventKind> MESSAGE_ONLY =
            EnumSet.of(RequestEventKind.PUBLIC_REPLY, RequestEventKind.CUSTOMER_REPLY, RequestEventKind.INTERNAL_NOTE);

    private static final Set<RequestEventKind> STATUS = EnumSet.of(
            RequestEventKind.WAITING_CUSTOMER,
            RequestEventKind.RESUMED,
            RequestEventKind.WORK_STARTED,
            RequestEventKind.RESOLVED,
            RequestEventKind.CLOSED,
            RequestEventKind.REOPENED);

    private static final Set<RequestEventKind> HANDOFF = EnumSet.of(
            RequestEventKind.HANDED_OFF,
            RequestEventKind.TRANSFERRED,
            RequestEventKind.RETURNED_TO_OWNER,
            RequestEventKind.QUESTION_TO_OWNER,
            RequestEventKind.OWNER_ANSWERED);

    /** How far apart the line and the message of one act may be written. */
    private static final Duration MOMENT = Duration.ofSeconds(2);

    private Timeline() {}

    /**
     * One item: a message (with the history line that goes with it, if any) or a history line alone. {@code style}
     * says how it looks: internal, from-customer, from-staff for messages; status, handoff, change for lines.
     */
    record Item(Instant at, Message message, HistoryEntry event, String style) {

        boolean isMessage() {
            return message != null;
        }
    }

    static List<Item> of(List<Message> messages, List<HistoryEntry> history) {
        List<HistoryEntry> lines = new ArrayList<>(history);
        List<Item> items = new ArrayList<>();
        for (Message message : messages) {
            // the line written in the same act: of a kind that carries a message as this one is, within a moment
            HistoryEntry paired = lines.stream()
                    .filter(e -> WITH_MESSAGE.contains(e.kind()))
                    .filter(e -> message.isInternal() != e.kind().isShownToCustomer())
                    .filter(e ->
                            Duration.between(e.at(), message.createdAt()).abs().compareTo(MOMENT) <= 0)
                    .min(Comparator.comparing(
                            e -> Duration.between(e.at(), message.createdAt()).abs()))
                    .orElse(null);
            if (paired != null) {
                lines.remove(paired);
            }
            String style = message.isInternal() ? "internal" : message.fromCustomer() ? "from-customer" : "from-staff";
            items.add(new Item(message.createdAt(), message, paired, style));
        }
        for (HistoryEntry line : lines) {
            if (MESSAGE_ONLY.contains(line.kind())) {
                continue;
            }
            String style =
                    STATUS.contains(line.kind()) ? "status" : HANDOFF.contains(line.kind()) ? "handoff" : "change";
            items.add(new Item(line.at(), null, line, style));
        }
        // newest first; at the same instant the status line stands above the message that brought it
        items.sort(Comparator.comparing(Item::at)
                .thenComparing(item -> item.isMessage() ? 0 : 1)
                .reversed());
        return items;
    }
}
