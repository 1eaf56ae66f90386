package fr.guichet.requests;

/** What happened to a request; each kind is a line of its history. */
public enum RequestEventKind {
    SUBMITTED,
    OWNER_TAKEN,
    ASSIGNED,
    HANDED_OFF,
    TRANSFERRED,
    RETURNED_TO_OWNER,
    QUESTION_TO_OWNER,
    PUBLIC_REPLY,
    CUSTOMER_REPLY,
    INTERNAL_NOTE,
    WAITING_CUSTOMER,
    RESUMED,
    WORK_STARTED,
    PRIORITY_CHANGED,
    RESOLVED,
    CLOSED,
    REOPENED,
    RATED,
    ESCALATED
}
