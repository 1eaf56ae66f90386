package fr.guichet.customers.internal;

import fr.guichet.customers.Contact;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ContactRepository extends ListCrudRepository<Contact, Long> {

    List<Contact> findByOrganisationIdOrderByLastName(Long organisationId);
}
