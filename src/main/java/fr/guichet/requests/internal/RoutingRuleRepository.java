package fr.guichet.requests.internal;

import fr.guichet.requests.RoutingRule;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RoutingRuleRepository extends ListCrudRepository<RoutingRule, Long> {

    @Query("SELECT * FROM requests_routing_rule ORDER BY position, id")
    List<RoutingRule> findAllByPosition();
}
