package fr.guichet.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The digest of what the demo's year wrote, to compare two plays: generated ids and sequence numbers by rank. */
final class DemoLifeDigest {

    private DemoLifeDigest() {}

    /**
     * A digest of the requests, their history, their messages and the owners' highlights, in the order written, with
     * every generated id and sequence number replaced by its rank, so that two plays compare equal.
     */
    static String of(JdbcClient jdbc) {
        Map<Long, Integer> rank = new HashMap<>();
        List<Long> ids = jdbc.sql("SELECT id FROM requests_request ORDER BY id")
                .query(Long.class)
                .list();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM requests_request ORDER BY id")
                    .query()
                    .listOfRows()) {
                row.put("id", rank.get(number(row.get("id"))));
                row.put("reference", ((String) row.get("reference")).substring(0, 9));
                sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            }
            for (String table : List.of("requests_event", "requests_message")) {
                for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table + " ORDER BY id")
                        .query()
                        .listOfRows()) {
                    row.remove("id");
                    row.put("request_id", rank.get(number(row.get("request_id"))));
                    sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
                }
            }
            Map<Long, Integer> contractRank = new HashMap<>();
            List<Long> contractIds = jdbc.sql("SELECT id FROM contracts_contract ORDER BY id")
                    .query(Long.class)
                    .list();
            for (int i = 0; i < contractIds.size(); i++) {
                contractRank.put(contractIds.get(i), i);
            }
            for (String table : List.of("contracts_contract", "contracts_line", "contracts_version")) {
                String key = table.equals("contracts_contract") ? "id" : "contract_id";
                for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table + " ORDER BY " + key + ", 2")
                        .query()
                        .listOfRows()) {
                    row.put(key, contractRank.get(number(row.get(key))));
                    sha.update(canonical(row)
                            .replaceAll("CTR-(\\d{4})-\\d+", "CTR-$1-#")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM requests_owner_attention ORDER BY request_id")
                    .query()
                    .listOfRows()) {
                row.put("request_id", rank.get(number(row.get("request_id"))));
                sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()) + " over " + ids.size() + " requests";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Map<String, Object> row) {
        return row.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "="
                        + (e.getValue() instanceof Number n
                                ? String.valueOf(n.longValue())
                                : e.getValue() == null ? "null" : instantOrText(e.getValue())))
                .collect(Collectors.joining("|", "", "\n"));
    }

    private static String instantOrText(Object value) {
        return value instanceof OffsetDateTime || value instanceof java.sql.Timestamp
                ? instant(value).toString()
                : value.toString();
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + value + " (" + value.getClass() + ")");
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
