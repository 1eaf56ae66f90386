package fr.guichet.identity.internal;

import fr.guichet.identity.Team;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

    Optional<Team> findByCode(String code);
}
