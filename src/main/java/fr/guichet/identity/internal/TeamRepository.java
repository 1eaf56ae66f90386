package fr.guichet.identity.internal;

import fr.guichet.identity.Team;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

    Optional<Team> findByCode(String code);

    /** Locks the team's row until the end of the transaction. */
    @Query("SELECT id FROM identity_team WHERE id = :id FOR UPDATE")
    Long lockById(long id);
}
