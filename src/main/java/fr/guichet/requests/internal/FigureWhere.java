package fr.guichet.requests.internal;

import fr.guichet.requests.Category;
import fr.guichet.requests.FigureFilter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause every figure shares, on the request {@code r}: the period (when the figure counts the period's
 * requests), customer or internal categories, and the filters — the team's requests (held by it at some point, or, for
 * customer requests, owned by its members), channel, category, the segment's customers, the site's owners.
 */
record FigureWhere(String sql, Map<String, Object> params) {

    static FigureWhere of(FigureFilter f, boolean ofPeriod) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        Map<String, Object> params = new HashMap<>();
        if (ofPeriod) {
            sql.append("r.created_at >= :from AND r.created_at < :to AND ");
            params.put("from", utc(f.from()));
            params.put("to", utc(f.to()));
        }
        if (f.category() != null && f.category().isInternal() == f.internal()) {
            sql.append("r.category = :category");
            params.put("category", f.category().name());
        } else {
            sql.append("r.category IN (:categories)");
            params.put(
                    "categories",
                    (f.internal() ? Category.internalCategories() : Category.customerCategories())
                            .stream().map(Enum::name).toList());
        }
        if (f.teamId() != null) {
            // the requests that went to the team, from the team lines kept with the request's creation instant (V40):
            // one range of an index (of the period's when the figure counts the period's requests), read once.
            // An internal request is the team's only when the team held it: the requests its members filed to other
            // teams (to HR, to IT) are theirs alone, and their lead sees neither them nor their subjects.
            sql.append(" AND (r.team_id = :team"
                    + (f.internal() ? "" : " OR r.owner_id IN (:members)")
                    + " OR r.id IN (SELECT h.request_id"
                    + " FROM requests_team_event h WHERE h.to_team_id = :team"
                    + (ofPeriod ? " AND h.created_at >= :from AND h.created_at < :to" : "") + "))");
            params.put("team", f.teamId());
            params.put("members", f.teamMemberIds().isEmpty() ? List.of(-1L) : f.teamMemberIds());
        }
        if (f.channel() != null) {
            sql.append(" AND r.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.organisationIds() != null) {
            sql.append(" AND r.organisation_id IN (:organisations)");
            params.put("organisations", f.organisationIds().isEmpty() ? List.of(-1L) : f.organisationIds());
        }
        if (f.ownerIds() != null) {
            sql.append(" AND r.owner_id IN (:owners)");
            params.put("owners", f.ownerIds().isEmpty() ? List.of(-1L) : f.ownerIds());
        }
        return new FigureWhere(sql.toString(), params);
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
