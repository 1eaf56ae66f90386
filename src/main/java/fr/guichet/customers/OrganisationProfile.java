package fr.guichet.customers;

/**
 * Everything sales administration keeps about a customer organisation, as edited in the back office. Identifiers
 * are as typed (spaces allowed); {@link CustomerManagement} checks and normalises them.
 */
public record OrganisationProfile(
        String name,
        String tradeName,
        OrganisationKind kind,
        CustomerStatus status,
        String siren,
        String siret,
        String vatNumber,
        String segment,
        Address address,
        Address deliveryAddress,
        String phone,
        String email,
        Long accountManagerId,
        String notes) {}
