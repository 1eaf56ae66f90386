package fr.guichet.identity;

/** Which half of the company a team belongs to. */
public enum Office {
    FRONT_OFFICE,
    BACK_OFFICE
}
