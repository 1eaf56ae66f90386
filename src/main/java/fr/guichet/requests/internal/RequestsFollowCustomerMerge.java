package fr.guichet.requests.internal;

import fr.guichet.customers.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A customer merged into another takes its requests along, in the merge's transaction. */
@Component
class RequestsFollowCustomerMerge {

    private final JdbcClient jdbc;

    RequestsFollowCustomerMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql(
                        "UPDATE requests_request SET organisation_id = :kept, version = version + 1 WHERE organisation_id = :merged")
                .param("kept", merged.keptId())
                .param("merged", merged.mergedId())
                .update();
    }
}
