package fr.guichet.contracts.internal;

import fr.guichet.contracts.ContractStatus;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many contracts are in each status: one grouped count, for the back office's list tabs. */
@Component
public class ContractCounts {

    private final JdbcClient jdbc;

    ContractCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ContractStatus, Long> byStatus() {
        Map<ContractStatus, Long> counts = new EnumMap<>(ContractStatus.class);
        for (ContractStatus status : ContractStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM contracts_contract GROUP BY status")
                .query((rs, row) -> counts.put(ContractStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }
}
