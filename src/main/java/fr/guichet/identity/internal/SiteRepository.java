package fr.guichet.identity.internal;

import fr.guichet.identity.Site;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteRepository extends ListCrudRepository<Site, Long> {

    Optional<Site> findByCode(String code);
}
