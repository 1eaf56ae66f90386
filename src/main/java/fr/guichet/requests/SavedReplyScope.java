package fr.guichet.requests;

/** Whose a saved reply is: a team's (shared by its members) or one person's. */
public enum SavedReplyScope {
    /** Used by the team's members; kept by its team lead and the administrators. */
    TEAM,
    /** Used and kept by its author only. */
    PERSONAL
}
