package fr.guichet.requests;

/**
 * What happened to a request; each kind is a line of its history. {@code shownToCustomer}: the line is part of what
 * the customer may see (the request's statuses and the public conversation); the others are the staff's work
 * (hand-offs, transfers and their reasons, notes, questions to the owner, assignments, priorities, escalations).
 */
public enum RequestEventKind {
    SUBMITTED(true),
    OWNER_TAKEN(false),
    ASSIGNED(false),
    HANDED_OFF(false),
    TRANSFERRED(false),
    RETURNED_TO_OWNER(false),
    QUESTION_TO_OWNER(false),
    /** The owner answers the question of the team that holds the request (internal). */
    OWNER_ANSWERED(false),
    PUBLIC_REPLY(true),
    CUSTOMER_REPLY(true),
    INTERNAL_NOTE(false),
    WAITING_CUSTOMER(true),
    RESUMED(true),
    WORK_STARTED(true),
    PRIORITY_CHANGED(false),
    CATEGORY_CHANGED(false),
    RESOLVED(true),
    CLOSED(true),
    REOPENED(true),
    RATED(true),
    ESCALATED(false),
    /** A quote made from the request was sent to the customer (its reference and recipient). */
    QUOTE_SENT(false),
    /** The customer accepted the quote made from the request: its owner is called back. */
    QUOTE_ACCEPTED(false),
    /** The customer declined the quote made from the request, with their reason: its owner is called back. */
    QUOTE_DECLINED(false);

    private final boolean shownToCustomer;

    RequestEventKind(boolean shownToCustomer) {
        this.shownToCustomer = shownToCustomer;
    }

    public boolean isShownToCustomer() {
        return shownToCustomer;
    }
}
