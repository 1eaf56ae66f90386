package fr.guichet.requests;

import java.util.List;

/** How a request came in. */
public enum Channel {
    WEB_FORM,
    PORTAL,
    PHONE,
    COUNTER,
    EMAIL,
    INTERNAL;

    /** The channels through which a front-office agent records a request on a customer's behalf. */
    public static final List<Channel> DESK = List.of(PHONE, COUNTER, EMAIL);
}
