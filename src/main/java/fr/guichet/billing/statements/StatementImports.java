package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statement imports: a file read for one bank account and kept with its entries in one transaction (a refused file
 * leaves nothing), the entries stored several hundred to a statement; an entry already kept for the account (same
 * key, {@link EntryKey}) is counted as known and not stored again. Each import is kept with its file, who made it and what it brought.
 */
@Service
@Transactional
public class StatementImports {

    static final int NAME_MAX = 255;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BankAccounts accounts;
    private final StatementEntries entries;
    private final StatementReading reading = new StatementReading();

    StatementImports(JdbcClient jdbc, Clock clock, BankAccounts accounts, StatementEntries entries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.entries = entries;
    }

    /**
     * Reads and keeps the file; its new entries wait for matching.
     *
     * @param chosen the format the clerk chose; none: found from the content
     * @throws StatementRefused when the file cannot be imported (nothing is kept)
     */
    public ImportOutcome store(
            long accountId, String fileName, byte[] content, @Nullable StatementFormat chosen, String by) {
        BankAccount account = accounts.get(accountId);
        ParsedStatement statement = reading.read(content, account, chosen);
        GeneratedKeyHolder generated = new GeneratedKeyHolder();
        String name = fileName.isBlank() ? "statement" : fileName.strip();
        jdbc.sql("INSERT INTO billing_statement_import (bank_account_id, file_name, format, imported_by, imported_at,"
                        + " period_from, period_to, opening_balance, closing_balance, entry_count, new_count,"
                        + " known_count, matched_count, content) VALUES (:account, :name, :format, :by, :at, :from,"
                        + " :to, :opening, :closing, :count, 0, 0, 0, :content)")
                .param("account", accountId)
                .param("name", name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name)
                .param("format", statement.format().name())
                .param("by", BankAccounts.shortened(by))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("from", statement.from())
                .param("to", statement.to())
                .param("opening", amount(statement.openingBalance()))
                .param("closing", amount(statement.closingBalance()))
                .param("count", statement.entries().size())
                .param("content", content)
                .update(generated, "id");
        long importId = generated.getKeyAs(Long.class);
        List<String> keys = EntryKey.of(statement.entries());
        int created = entries.insertAllNew(accountId, importId, keys, statement.entries());
        int known = keys.size() - created;
        jdbc.sql("UPDATE billing_statement_import SET new_count = :created, known_count = :known WHERE id = :id")
                .param("created", created)
                .param("known", known)
                .param("id", importId)
                .update();
        return new ImportOutcome(importId, keys.size(), created, known, 0);
    }

    /** Counts the entries of an import matched at once (after the import). */
    public void countMatched(long importId, int matched) {
        jdbc.sql("UPDATE billing_statement_import SET matched_count = :matched WHERE id = :id")
                .param("matched", matched)
                .param("id", importId)
                .update();
    }

    @Transactional(readOnly = true)
    public List<StatementImport> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY i.imported_at DESC, i.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(StatementImports::row)
                .list();
    }

    @Transactional(readOnly = true)
    public StatementImport get(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id")
                .param("id", id)
                .query(StatementImports::row)
                .optional()
                .orElseThrow(() -> new UnknownStatementImport(id));
    }

    /** The entries of an import, in the file's order (those already known belong to earlier imports). */
    @Transactional(readOnly = true)
    public List<StatementEntry> entriesOf(long importId) {
        get(importId);
        return entries.ofImport(importId);
    }

    /** The file as it was sent. */
    @Transactional(readOnly = true)
    public Optional<byte[]> file(long importId) {
        return jdbc.sql("SELECT content FROM billing_statement_import WHERE id = :id")
                .param("id", importId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static final String SELECT = "SELECT i.id, i.bank_account_id, a.name AS account_name, i.file_name,"
            + " i.format, i.imported_by, i.imported_at, i.period_from, i.period_to, i.opening_balance,"
            + " i.closing_balance, i.entry_count, i.new_count, i.known_count, i.matched_count"
            + " FROM billing_statement_import i JOIN billing_bank_account a ON a.id = i.bank_account_id";

    private static StatementImport row(ResultSet rs, int n) throws SQLException {
        return new StatementImport(
                rs.getLong("id"),
                rs.getLong("bank_account_id"),
                rs.getString("account_name"),
                rs.getString("file_name"),
                StatementFormat.valueOf(rs.getString("format")),
                rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                money(rs.getBigDecimal("opening_balance")),
                money(rs.getBigDecimal("closing_balance")),
                rs.getInt("entry_count"),
                rs.getInt("new_count"),
                rs.getInt("known_count"),
                rs.getInt("matched_count"));
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.EUR);
    }
}
