package fr.guichet.customers.internal;

import static fr.guichet.shared.LikePattern.ESCAPE;

import fr.guichet.customers.Contact;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends ListCrudRepository<Contact, Long> {

    List<Contact> findByOrganisationIdOrderByLastName(Long organisationId);

    /** The language of the organisation's first contact (by last name), the language its documents are written in. */
    @Query("SELECT preferred_language FROM customers_contact WHERE organisation_id = :organisation"
            + " ORDER BY last_name LIMIT 1")
    Optional<String> firstContactLanguage(@Param("organisation") long organisationId);

    /** Contacts whose name or email contains the (lower-case) pattern. */
    @Query("SELECT * FROM customers_contact WHERE LOWER(last_name) LIKE :pattern" + ESCAPE
            + " OR LOWER(first_name) LIKE :pattern" + ESCAPE + " OR LOWER(email) LIKE :pattern" + ESCAPE
            + " ORDER BY last_name, first_name LIMIT :limit")
    List<Contact> search(@Param("pattern") String pattern, @Param("limit") int limit);
}
