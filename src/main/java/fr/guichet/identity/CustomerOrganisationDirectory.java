package fr.guichet.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know of customer organisations to attach customer users to them. Implemented by the
 * customers module, so that identity does not depend on it.
 */
public interface CustomerOrganisationDirectory {

    /** Organisations that a customer user can be attached to, by name. */
    List<OrganisationRef> organisations();

    Optional<OrganisationRef> organisation(long id);

    /** An organisation as identity shows it: its id and its name. */
    record OrganisationRef(long id, String name) {}
}
