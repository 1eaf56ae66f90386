package fr.guichet.identity;

/** Staff work in the desk or the back office; customers use the portal; integrations only call the API. */
public enum AccountKind {
    STAFF,
    CUSTOMER,
    INTEGRATION
}
