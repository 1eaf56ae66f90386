package fr.guichet.requests;

/** How a request came in. */
public enum Channel {
    WEB_FORM,
    PORTAL,
    PHONE,
    COUNTER,
    EMAIL,
    INTERNAL;

    /** The channels through which a front-office agent records a request on a customer's behalf. */
    public static final java.util.List<Channel> DESK = java.util.List.of(PHONE, COUNTER, EMAIL);
}
