package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;

/**
 * What a request is made of when it comes in.
 *
 * @param organisationId the customer organisation, when known (none for a colleague's or an unknown visitor's)
 * @param requesterUserId the account that filed it, when the requester has one
 * @param ownerId the front-office agent who records it at the desk, who becomes its owner
 */
public record NewRequest(
        String subject,
        String description,
        Category category,
        Channel channel,
        Long organisationId,
        Long requesterUserId,
        String requesterName,
        String requesterEmail,
        Long ownerId) {

    /** A request a customer files from the portal (or with their API token), for their own organisation. */
    public static NewRequest fromCustomer(
            String subject, String description, Category category, AccountPrincipal customer) {
        return new NewRequest(
                subject,
                description,
                category,
                Channel.PORTAL,
                customer.getCustomerOrganisationId(),
                customer.getId(),
                customer.getDisplayName(),
                null,
                null);
    }
}
