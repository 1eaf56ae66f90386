package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.shared.Iban;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's bank accounts, kept by billing: added, changed (with the version read), listed. */
@Service
@Transactional
public class BankAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    BankAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BankAccount> all() {
        return jdbc.sql("SELECT * FROM billing_bank_account ORDER BY name, id")
                .query(BankAccounts::row)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<BankAccount> find(long id) {
        return jdbc.sql("SELECT * FROM billing_bank_account WHERE id = :id")
                .param("id", id)
                .query(BankAccounts::row)
                .optional();
    }

    /** @throws UnknownBankAccount when there is none of this id */
    @Transactional(readOnly = true)
    public BankAccount get(long id) {
        return find(id).orElseThrow(() -> new UnknownBankAccount(id));
    }

    public BankAccount add(BankAccountDetails details, String by) {
        requireIbanFree(details.iban(), null);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO billing_bank_account (name, iban, bic, currency, created_at, updated_at,"
                        + " updated_by, version, csv_decimal_comma, csv_skip_lines)"
                        + " VALUES (:name, :iban, :bic, :currency, :at, :at, :by, 0, TRUE, 1)")
                .param("name", details.name())
                .param("iban", details.iban().value())
                .param("bic", details.bic())
                .param("currency", details.currency())
                .param("at", now)
                .param("by", shortened(by))
                .update();
        long id = lastId(details.iban());
        writeLayout(id, details.csvLayout());
        return get(id);
    }

    public BankAccount change(long id, int expectedVersion, BankAccountDetails details, String by) {
        get(id);
        requireIbanFree(details.iban(), id);
        int changed = jdbc.sql("UPDATE billing_bank_account SET name = :name, iban = :iban, bic = :bic,"
                        + " currency = :currency, updated_at = :at, updated_by = :by, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("name", details.name())
                .param("iban", details.iban().value())
                .param("bic", details.bic())
                .param("currency", details.currency())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", shortened(by))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Bank account " + id + " changed meanwhile");
        }
        writeLayout(id, details.csvLayout());
        return get(id);
    }

    private void requireIbanFree(Iban iban, @Nullable Long self) {
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM billing_bank_account WHERE iban = :iban AND id <> :self")
                        .param("iban", iban.value())
                        .param("self", self == null ? -1L : self)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new BillingRuleViolation("iban", "billing.statements.error.iban-taken");
        }
    }

    private long lastId(Iban iban) {
        return jdbc.sql("SELECT id FROM billing_bank_account WHERE iban = :iban")
                .param("iban", iban.value())
                .query(Long.class)
                .single();
    }

    private void writeLayout(long id, @Nullable CsvLayout layout) {
        jdbc.sql("UPDATE billing_bank_account SET csv_date_column = :date, csv_amount_column = :amount,"
                        + " csv_debit_column = :debit, csv_credit_column = :credit, csv_label_column = :label,"
                        + " csv_reference_column = :reference, csv_name_column = :name, csv_iban_column = :iban,"
                        + " csv_decimal_comma = :comma, csv_date_format = :format, csv_separator = :separator,"
                        + " csv_charset = :charset, csv_skip_lines = :skip WHERE id = :id")
                .param("date", layout == null ? null : layout.dateColumn())
                .param("amount", layout == null ? null : layout.amountColumn())
                .param("debit", layout == null ? null : layout.debitColumn())
                .param("credit", layout == null ? null : layout.creditColumn())
                .param("label", layout == null ? null : layout.labelColumn())
                .param("reference", layout == null ? null : layout.referenceColumn())
                .param("name", layout == null ? null : layout.nameColumn())
                .param("iban", layout == null ? null : layout.ibanColumn())
                .param("comma", layout == null || layout.decimalComma())
                .param("format", layout == null ? null : layout.dateFormat().name())
                .param("separator", layout == null ? null : layout.separator().name())
                .param("charset", layout == null ? null : layout.encoding().name())
                .param("skip", layout == null ? 1 : layout.skipLines())
                .param("id", id)
                .update();
    }

    private static BankAccount row(ResultSet rs, int n) throws SQLException {
        CsvLayout layout = null;
        if (rs.getObject("csv_date_column") != null) {
            layout = new CsvLayout(
                    rs.getInt("csv_date_column"),
                    rs.getObject("csv_amount_column", Integer.class),
                    rs.getObject("csv_debit_column", Integer.class),
                    rs.getObject("csv_credit_column", Integer.class),
                    rs.getInt("csv_label_column"),
                    rs.getObject("csv_reference_column", Integer.class),
                    rs.getObject("csv_name_column", Integer.class),
                    rs.getObject("csv_iban_column", Integer.class),
                    rs.getBoolean("csv_decimal_comma"),
                    CsvLayout.DateFormat.valueOf(rs.getString("csv_date_format")),
                    CsvLayout.Separator.valueOf(rs.getString("csv_separator")),
                    CsvLayout.Encoding.valueOf(rs.getString("csv_charset")),
                    rs.getInt("csv_skip_lines"));
        }
        return new BankAccount(
                rs.getLong("id"),
                rs.getString("name"),
                new Iban(rs.getString("iban")),
                rs.getString("bic"),
                rs.getString("currency"),
                layout,
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"),
                rs.getInt("version"));
    }

    static String shortened(String by) {
        return by.length() > 100 ? by.substring(0, 100) : by;
    }
}
