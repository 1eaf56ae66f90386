package fr.guichet.customers;

/** How a contact prefers to be reached. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    PORTAL,
    POST
}
