package fr.guichet.contracts.internal;

import fr.guichet.customers.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A customer merged into another takes its contracts along, in the merge's transaction. */
@Component
class ContractsFollowCustomerMerge {

    private final JdbcClient jdbc;

    ContractsFollowCustomerMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql(
                        "UPDATE contracts_contract SET organisation_id = :kept, version = version + 1 WHERE organisation_id = :merged")
                .param("kept", merged.keptId())
                .param("merged", merged.mergedId())
                .update();
    }
}
