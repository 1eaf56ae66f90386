package fr.guichet.customers.internal;

import fr.guichet.customers.Organisation;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM customers_organisation ORDER BY name")
    List<Organisation> findAllByName();

    @Query("SELECT * FROM customers_organisation WHERE LOWER(name) LIKE :pattern OR LOWER(trade_name) LIKE :pattern"
            + " OR siren = :digits OR LOWER(city) LIKE :pattern ORDER BY name LIMIT :limit")
    List<Organisation> search(
            @Param("pattern") String pattern, @Param("digits") String digits, @Param("limit") int limit);
}
