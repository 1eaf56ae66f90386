package fr.guichet.requests.internal;

import fr.guichet.requests.Request;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface RequestRepository extends ListCrudRepository<Request, Long> {

    Optional<Request> findByReference(String reference);
}
