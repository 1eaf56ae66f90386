package fr.guichet.customers.internal;

import fr.guichet.customers.FieldChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only history of changes to customers' master data: who changed which field, when, from what to what. */
@Component
public class CustomerHistory {

    /** One recorded change. */
    public record Entry(String field, String before, String after, String by, Instant at) {}

    private final JdbcClient jdbc;

    CustomerHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long organisationId, List<FieldChange> changes, String by, Instant at) {
        for (FieldChange change : changes) {
            jdbc.sql(
                            "INSERT INTO customers_change (organisation_id, field, old_value, new_value, changed_by, changed_at)"
                                    + " VALUES (:organisation, :field, :before, :after, :by, :at)")
                    .param("organisation", organisationId)
                    .param("field", change.field())
                    .param("before", change.before())
                    .param("after", change.after())
                    .param("by", by)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** Newest first. */
    public List<Entry> of(long organisationId, int limit) {
        return jdbc.sql(
                        "SELECT * FROM customers_change WHERE organisation_id = :organisation ORDER BY id DESC LIMIT :limit")
                .param("organisation", organisationId)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
