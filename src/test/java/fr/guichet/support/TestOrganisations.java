package fr.guichet.support;

import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.OrganisationKind;

/** The customer organisations the tests register, written once. */
public final class TestOrganisations {

    private TestOrganisations() {}

    /** A company that is a customer, in Lyon, with only a name. */
    public static NewOrganisation customerCompany(String name) {
        return new NewOrganisation(
                name,
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                Address.french("1 rue de la Paix", "69001", "Lyon"),
                null,
                null);
    }
}
