package fr.guichet.customers;

public enum OrganisationKind {
    COMPANY,
    PUBLIC_BODY,
    INDIVIDUAL
}
