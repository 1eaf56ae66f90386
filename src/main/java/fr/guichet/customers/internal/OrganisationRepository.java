package fr.guichet.customers.internal;

import static fr.guichet.shared.LikePattern.ESCAPE;

import fr.guichet.customers.Organisation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM customers_organisation ORDER BY name")
    List<Organisation> findAllByName();

    @Query("SELECT * FROM customers_organisation o WHERE LOWER(o.name) LIKE :pattern" + ESCAPE
            + " OR LOWER(o.trade_name) LIKE :pattern" + ESCAPE
            + " OR o.siren = :digits OR LOWER(o.city) LIKE :pattern" + ESCAPE + " OR LOWER(o.email) LIKE :pattern"
            + ESCAPE
            + " OR REPLACE(o.phone, ' ', '') LIKE :digitPattern" + ESCAPE
            + " OR EXISTS (SELECT 1 FROM customers_contact c WHERE c.organisation_id = o.id AND (LOWER(c.email) LIKE :pattern"
            + ESCAPE
            + " OR LOWER(c.last_name) LIKE :pattern" + ESCAPE + " OR REPLACE(c.phone, ' ', '') LIKE :digitPattern"
            + ESCAPE + "))"
            + " ORDER BY o.name LIMIT :limit")
    List<Organisation> search(
            @Param("pattern") String pattern,
            @Param("digits") String digits,
            @Param("digitPattern") String digitPattern,
            @Param("limit") int limit);

    Optional<Organisation> findBySiren(String siren);

    /** Organisations that share an identifier with a new or changed one: same SIREN, email or phone digits. */
    @Query("SELECT * FROM customers_organisation o WHERE (o.siren = :siren OR LOWER(o.email) = :email"
            + " OR REPLACE(REPLACE(REPLACE(o.phone, ' ', ''), '.', ''), '-', '') = :phone) AND o.id <> :exclude"
            + " ORDER BY o.name LIMIT 10")
    List<Organisation> sharingIdentifiers(
            @Param("siren") String siren,
            @Param("email") String email,
            @Param("phone") String phone,
            @Param("exclude") long exclude);

    /** Moves a duplicate's contacts and change history to the customer it is merged into. */
    default void moveRecords(long fromId, long toId) {
        moveContacts(fromId, toId);
        moveChanges(fromId, toId);
    }

    @Modifying
    @Query("UPDATE customers_contact SET organisation_id = :to WHERE organisation_id = :from")
    int moveContacts(@Param("from") long fromId, @Param("to") long toId);

    @Modifying
    @Query("UPDATE customers_change SET organisation_id = :to WHERE organisation_id = :from")
    int moveChanges(@Param("from") long fromId, @Param("to") long toId);
}
