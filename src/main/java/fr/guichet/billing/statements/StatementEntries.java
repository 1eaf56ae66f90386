package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statement entries as kept, read and moved from one state to another (with the version read). */
@Repository
class StatementEntries {

    /** Separates an explanation's arguments in their column (a character no bank writes). */
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final Clock clock;

    StatementEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores an entry unless one of that key is already kept for the account; whether it was new. */
    boolean insertIfNew(long accountId, long importId, String key, ParsedEntry e) {
        return jdbc.sql("INSERT INTO billing_statement_entry (bank_account_id, import_id, entry_key, booking_date,"
                                + " value_date, amount, label, bank_reference, end_to_end_id, remittance,"
                                + " counterparty_name, counterparty_iban, return_reason, state, version) VALUES (:account,"
                                + " :import, :key, :booked, :value, :amount, :label, :reference, :e2e, :remittance, :name,"
                                + " :iban, :returnReason, 'NEW', 0) ON CONFLICT DO NOTHING")
                        .param("account", accountId)
                        .param("import", importId)
                        .param("key", key)
                        .param("booked", e.bookingDate())
                        .param("value", e.valueDate())
                        .param("amount", e.amount().amount())
                        .param("label", cut(e.label(), 500))
                        .param("reference", cut(e.bankReference(), 100))
                        .param("e2e", cut(e.endToEndId(), 100))
                        .param("remittance", cut(e.remittance(), 1000))
                        .param("name", cut(e.counterpartyName(), 200))
                        .param("iban", cut(e.counterpartyIban(), 34))
                        .param("returnReason", cut(e.returnReason(), 4))
                        .update()
                > 0;
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
