package fr.guichet.requests;

/**
 * What a staff member may write on a request from its one composer: each act is a message of the conversation,
 * public (the reply the customer — or the colleague who asked — receives) or internal (everything else).
 */
public enum ComposerAct {
    /** A public reply to the requester. */
    REPLY(false),
    /** The team that holds the request gives it back to its owner with its answer. */
    RETURN_TO_OWNER(true),
    /** The team that holds the request asks its owner a question. */
    ASK_OWNER(true),
    /** The owner answers the question of the team that holds the request. */
    ANSWER_TEAM(true),
    /** A note for staff only. */
    NOTE(true);

    private final boolean internal;

    ComposerAct(boolean internal) {
        this.internal = internal;
    }

    /** Whether what is written (and the files sent with it) stays among staff. */
    public boolean isInternal() {
        return internal;
    }
}
