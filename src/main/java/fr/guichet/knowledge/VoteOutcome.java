package fr.guichet.knowledge;

/** What a "was this helpful?" vote did: counted, changed the voter's earlier answer, or repeated it (counted once). */
public enum VoteOutcome {
    COUNTED,
    CHANGED,
    ALREADY_COUNTED
}
