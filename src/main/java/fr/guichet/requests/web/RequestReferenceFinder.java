package fr.guichet.requests.web;

import fr.guichet.customers.CustomerFinder;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestReference;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** At the desk, typing a request reference finds its customer, and opens the request. */
@Component
class RequestReferenceFinder implements CustomerFinder {

    private final RequestManagement requests;

    RequestReferenceFinder(RequestManagement requests) {
        this.requests = requests;
    }

    @Override
    public Collection<Long> organisationsMatching(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (!RequestReference.isReference(candidate)) {
            return List.of();
        }
        return requests.findByReference(candidate)
                .map(Request::getOrganisationId)
                .filter(Objects::nonNull)
                .map(List::of)
                .orElse(List.of());
    }

    @Override
    public Optional<String> deskPageFor(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (!RequestReference.isReference(candidate)) {
            return Optional.empty();
        }
        return requests.findByReference(candidate).map(request -> "/desk/requests/" + request.getReference());
    }
}
