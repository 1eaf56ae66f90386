package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statement entries as kept, read and moved from one state to another (with the version read). */
@Repository
class StatementEntries {

    /** Separates an explanation's arguments in their column (a character no bank writes). */
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    StatementEntries(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /** Entries in one multi-row INSERT (14 parameters each: well under what a statement takes). */
    static final int INSERT_ROWS = 500;

    /**
     * Stores a statement's entries, several hundred to a statement ({@code INSERT … VALUES (…), (…) ON CONFLICT DO
     * NOTHING}), those of a key already kept for the account left out; how many were new. Two imports of one file at
     * once: the second waits on the first's keys, then finds them kept.
     */
    int insertAllNew(long accountId, long importId, List<String> keys, List<ParsedEntry> parsed) {
        int created = 0;
        for (int from = 0; from < keys.size(); from += INSERT_ROWS) {
            int to = Math.min(keys.size(), from + INSERT_ROWS);
            StringBuilder sql = new StringBuilder("INSERT INTO billing_statement_entry (bank_account_id, import_id,"
                    + " entry_key, booking_date, value_date, amount, label, bank_reference, end_to_end_id, remittance,"
                    + " counterparty_name, counterparty_iban, return_reason, state, version) VALUES ");
            List<Object> values = new ArrayList<>((to - from) * 13);
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', 0)");
                ParsedEntry e = parsed.get(i);
                values.add(accountId);
                values.add(importId);
                values.add(keys.get(i));
                values.add(e.bookingDate());
                values.add(e.valueDate() == null ? new SqlParameterValue(Types.DATE, null) : e.valueDate());
                values.add(e.amount().amount());
                values.add(cut(e.label(), 500));
                values.add(text(cut(e.bankReference(), 100)));
                values.add(text(cut(e.endToEndId(), 100)));
                values.add(text(cut(e.remittance(), 1000)));
                values.add(text(cut(e.counterpartyName(), 200)));
                values.add(text(cut(e.counterpartyIban(), 34)));
                values.add(text(cut(e.returnReason(), 4)));
            }
            sql.append(" ON CONFLICT DO NOTHING");
            created += jdbc.sql(sql.toString()).params(values).update();
        }
        return created;
    }

    private static Object text(@Nullable String value) {
        return value == null ? new SqlParameterValue(Types.VARCHAR, null) : value;
    }

    /** A page of an import's entries, in the file's order, after the entry given (none: from the first). */
    List<StatementEntry> ofImport(long importId, long afterId, int limit) {
        return jdbc.sql("SELECT * FROM billing_statement_entry WHERE import_id = :import AND id > :after ORDER BY id"
                        + " LIMIT :limit")
                .param("import", importId)
                .param("after", afterId)
                .param("limit", limit)
                .query(StatementEntries::row)
                .list();
    }

    /** An entry matched automatically, among many recorded at once. */
    record Matched(StatementEntry entry, MatchProposal proposal, long paymentId) {}

    /**
     * Moves many entries from NEW to MATCHED at once, each with the version read and its explanation and payment.
     *
     * @throws OptimisticLockingFailureException when one of them changed meanwhile
     */
    void matchAll(List<Matched> matched, String by) {
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        int[][] counts = batches.batchUpdate(
                "UPDATE billing_statement_entry SET state = 'MATCHED', explanation_key = ?, explanation_args = ?,"
                        + " booked_as = NULL, booked_label = NULL, ignore_reason = NULL, payment_id = ?, handled_by = ?,"
                        + " handled_at = ?, version = version + 1 WHERE id = ? AND version = ? AND state = 'NEW'",
                matched,
                1000,
                (statement, m) -> {
                    List<String> args = m.proposal().arguments();
                    statement.setString(1, m.proposal().explanationKey());
                    if (args.isEmpty()) {
                        statement.setNull(2, Types.VARCHAR);
                    } else {
                        statement.setString(2, cut(String.join(SEPARATOR, args), 500));
                    }
                    statement.setLong(3, m.paymentId());
                    statement.setString(4, BankAccounts.shortened(by));
                    statement.setObject(5, at);
                    statement.setLong(6, m.entry().id());
                    statement.setInt(7, m.entry().version());
                });
        for (int[] chunk : counts) {
            for (int count : chunk) {
                // a driver may answer "done, count unknown" (SUCCESS_NO_INFO, -2) for a batch: only 0 is a miss
                if (count == 0) {
                    throw new OptimisticLockingFailureException("A statement entry changed meanwhile");
                }
            }
        }
        batches.batchUpdate(
                "INSERT INTO billing_statement_match (entry_id, invoice_id, amount, payment_id, automatic, matched_by,"
                        + " matched_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)",
                matched.stream()
                        .flatMap(m -> m.proposal().shares().stream().map(share -> new Object[] {
                            m.entry().id(), share.invoiceId(), share.amount().amount(), m.paymentId()
                        }))
                        .toList(),
                1000,
                (statement, row) -> {
                    statement.setLong(1, (Long) row[0]);
                    statement.setLong(2, (Long) row[1]);
                    statement.setBigDecimal(3, (BigDecimal) row[2]);
                    statement.setLong(4, (Long) row[3]);
                    statement.setString(5, BankAccounts.shortened(by));
                    statement.setObject(6, at);
                });
    }

    Optional<StatementEntry> find(long id) {
        return jdbc.sql("SELECT * FROM billing_statement_entry WHERE id = :id")
                .param("id", id)
                .query(StatementEntries::row)
                .optional();
    }

    StatementEntry get(long id) {
        return find(id).orElseThrow(() -> new UnknownStatementEntry(id));
    }

    List<StatementEntry> ofImport(long importId) {
        return jdbc.sql("SELECT * FROM billing_statement_entry WHERE import_id = :import ORDER BY id")
                .param("import", importId)
                .query(StatementEntries::row)
                .list();
    }

    /** The entries still waiting for a clerk, oldest first. */
    List<StatementEntry> waiting(int limit) {
        return jdbc.sql("SELECT * FROM billing_statement_entry WHERE state = 'NEW' ORDER BY booking_date, id"
                        + " LIMIT :limit")
                .param("limit", limit)
                .query(StatementEntries::row)
                .list();
    }

    long countWaiting() {
        return jdbc.sql("SELECT COUNT(*) FROM billing_statement_entry WHERE state = 'NEW'")
                .query(Long.class)
                .single();
    }

    /** The entries handled lately (matched, booked, ignored), newest first: what may be undone. */
    List<StatementEntry> handled(int limit) {
        return jdbc.sql("SELECT * FROM billing_statement_entry WHERE state <> 'NEW' ORDER BY handled_at DESC, id DESC"
                        + " LIMIT :limit")
                .param("limit", limit)
                .query(StatementEntries::row)
                .list();
    }

    /** Moves an entry from NEW (or back to NEW) with the version read. */
    void move(
            StatementEntry entry,
            int expectedVersion,
            EntryState to,
            @Nullable String explanationKey,
            List<String> explanationArgs,
            @Nullable String bookedAs,
            @Nullable String bookedLabel,
            @Nullable String ignoreReason,
            @Nullable Long paymentId,
            String by) {
        int changed = jdbc.sql("UPDATE billing_statement_entry SET state = :state, explanation_key = :key,"
                        + " explanation_args = :args, booked_as = :bookedAs, booked_label = :bookedLabel,"
                        + " ignore_reason = :reason, payment_id = :payment, handled_by = :by, handled_at = :at, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("state", to.name())
                .param("key", explanationKey)
                .param("args", explanationArgs.isEmpty() ? null : cut(String.join(SEPARATOR, explanationArgs), 500))
                .param("bookedAs", bookedAs)
                .param("bookedLabel", cut(bookedLabel, 200))
                .param("reason", cut(ignoreReason, 500))
                .param("payment", paymentId)
                .param("by", BankAccounts.shortened(by))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", entry.id())
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Statement entry " + entry.id() + " changed meanwhile");
        }
    }

    static StatementEntry row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("explanation_args");
        return new StatementEntry(
                rs.getLong("id"),
                rs.getLong("bank_account_id"),
                rs.getLong("import_id"),
                rs.getObject("booking_date", LocalDate.class),
                rs.getObject("value_date", LocalDate.class),
                new Money(rs.getBigDecimal("amount"), Money.EUR),
                rs.getString("label"),
                rs.getString("bank_reference"),
                rs.getString("end_to_end_id"),
                rs.getString("remittance"),
                rs.getString("counterparty_name"),
                rs.getString("counterparty_iban"),
                EntryState.valueOf(rs.getString("state")),
                rs.getString("explanation_key"),
                args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("booked_as"),
                rs.getString("booked_label"),
                rs.getString("ignore_reason"),
                rs.getString("handled_by"),
                rs.getObject("payment_id", Long.class),
                rs.getInt("version"),
                rs.getString("return_reason"));
    }

    static @Nullable String cut(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }
}
