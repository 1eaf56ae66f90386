package fr.guichet.customers.internal;

import static fr.guichet.shared.LikePattern.ESCAPE;

import fr.guichet.customers.Contact;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends ListCrudRepository<Contact, Long> {

    List<Contact> findByOrganisationIdOrderByLastName(Long organisationId);

    /** Contacts whose name or email contains the (lower-case) pattern. */
    @Query("SELECT * FROM customers_contact WHERE LOWER(last_name) LIKE :pattern" + ESCAPE
            + " OR LOWER(first_name) LIKE :pattern" + ESCAPE + " OR LOWER(email) LIKE :pattern" + ESCAPE
            + " ORDER BY last_name, first_name LIMIT :limit")
    List<Contact> search(@Param("pattern") String pattern, @Param("limit") int limit);
}
