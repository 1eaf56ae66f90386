package fr.guichet.customers;

/** What is needed to register a customer organisation. */
public record NewOrganisation(
        String name,
        String tradeName,
        OrganisationKind kind,
        CustomerStatus status,
        String siren,
        String segment,
        Address address,
        String phone,
        String email) {}
