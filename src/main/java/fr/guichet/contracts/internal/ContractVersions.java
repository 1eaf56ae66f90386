package fr.guichet.contracts.internal;

import fr.guichet.contracts.ContractSnapshot;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The saved versions of contracts, append-only. */
@Component
public class ContractVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContractVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(long contractId, int version, String change, ContractSnapshot snapshot, Instant at) {
        jdbc.sql("INSERT INTO contracts_version (contract_id, version, change, snapshot, changed_at)"
                        + " VALUES (:contract, :version, :change, :snapshot, :at)")
                .param("contract", contractId)
                .param("version", version)
                .param("change", change)
                .param("snapshot", json.writeValueAsString(snapshot))
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Newest first. */
    public List<ContractSnapshot.Version> of(long contractId) {
        return jdbc.sql("SELECT * FROM contracts_version WHERE contract_id = :contract ORDER BY version DESC")
                .param("contract", contractId)
                .query((rs, n) -> new ContractSnapshot.Version(
                        rs.getInt("version"),
                        rs.getString("change"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("snapshot"), ContractSnapshot.class)))
                .list();
    }
}
