package fr.guichet.requests.internal;

import fr.guichet.requests.Request;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Reads requests; saves go through {@code RequestStore}, which writes their history and publishes their events. */
public interface RequestRepository extends ListCrudRepository<Request, Long> {

    Optional<Request> findByReference(String reference);
}
