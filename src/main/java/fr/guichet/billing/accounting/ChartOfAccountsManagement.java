package fr.guichet.billing.accounting;

import fr.guichet.billing.BillingRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's chart of accounts: which account each role books on, changed by billing with every change kept. A change
 * names the number and label it replaces: if someone changed them meanwhile, it is refused (nothing lost).
 */
@Service
@Transactional
public class ChartOfAccountsManagement {

    /** Digits only, as the chart's numbers are; the FEC's CompteNum. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{3,17}");

    private final JdbcClient jdbc;
    private final Clock clock;

    ChartOfAccountsManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChartOfAccounts current() {
        return ChartOfAccounts.of(jdbc.sql("SELECT role, account_number, label, updated_at, updated_by"
                        + " FROM billing_accounting_account")
                .query((rs, n) -> new LedgerAccount(
                        AccountRole.valueOf(rs.getString("role")),
                        rs.getString("account_number"),
                        rs.getString("label"),
                        instant(rs.getObject("updated_at", OffsetDateTime.class)),
                        rs.getString("updated_by")))
                .list());
    }

    /**
     * Gives a role another account: the number must be of the role's class ({@link AccountRole#prefix()}), the label
     * one line of at most 100 characters without tab or pipe (the FEC's separators). Answers whether anything
     * changed.
     */
    public boolean change(
            AccountRole role, String number, String label, String numberSeen, String labelSeen, String by) {
        String n = number == null ? "" : number.strip();
        String l = label == null ? "" : label.strip();
        if (!NUMBER.matcher(n).matches() || !n.startsWith(role.prefix())) {
            throw new BillingRuleViolation("number", "billing.accounting.error.number", role.prefix());
        }
        if (l.isEmpty() || l.length() > 100 || l.chars().anyMatch(c -> c == '\t' || c == '|' || c < 0x20)) {
            throw new BillingRuleViolation("label", "billing.accounting.error.label");
        }
        LedgerAccount before = jdbc.sql("SELECT role, account_number, label FROM billing_accounting_account"
                        + " WHERE role = :role FOR UPDATE")
                .param("role", role.name())
                .query((rs, i) -> new LedgerAccount(role, rs.getString(2), rs.getString(3), null, null))
                .single();
        if (!before.number().equals(numberSeen) || !before.label().equals(labelSeen)) {
            throw new OptimisticLockingFailureException("The account of " + role + " changed meanwhile");
        }
        if (before.number().equals(n) && before.label().equals(l)) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE billing_accounting_account SET account_number = :number, label = :label,"
                        + " updated_at = :at, updated_by = :by WHERE role = :role")
                .param("number", n)
                .param("label", l)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("role", role.name())
                .update();
        jdbc.sql("INSERT INTO billing_accounting_account_change (role, number_before, number_after, label_before,"
                        + " label_after, changed_at, changed_by) VALUES (:role, :nb, :na, :lb, :la, :at, :by)")
                .param("role", role.name())
                .param("nb", before.number())
                .param("na", n)
                .param("lb", before.label())
                .param("la", l)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
        return true;
    }

    /** The latest changes first. */
    @Transactional(readOnly = true)
    public List<AccountChange> history(int limit) {
        return jdbc.sql("SELECT role, number_before, number_after, label_before, label_after, changed_at, changed_by"
                        + " FROM billing_accounting_account_change ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, i) -> new AccountChange(
                        AccountRole.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7)))
                .list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
