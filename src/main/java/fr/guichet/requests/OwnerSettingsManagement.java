package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's settings for owners: the {@link InterlocutorPolicy} and whether owners are told by email too.
 * Read from the database at each use (one row by its key), so that a change applies at once on every instance.
 */
@Service
@Transactional
public class OwnerSettingsManagement {

    private final JdbcClient jdbc;
    private final Clock clock;

    OwnerSettingsManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OwnerSettings current() {
        return jdbc.sql("SELECT interlocutor_policy, mail_owners, version, changed_by, changed_at"
                        + " FROM requests_owner_settings WHERE id = 1")
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
                    return new OwnerSettings(
                            InterlocutorPolicy.valueOf(rs.getString("interlocutor_policy")),
                            rs.getBoolean("mail_owners"),
                            rs.getInt("version"),
                            rs.getString("changed_by"),
                            at == null ? null : at.toInstant());
                })
                .single();
    }

    /** An administrator changes the settings; {@code expectedVersion} is the one they read (no silent overwrite). */
    public OwnerSettings change(
            InterlocutorPolicy policy, boolean mailOwners, int expectedVersion, AccountPrincipal admin) {
        if (!admin.hasRole(Role.ADMIN)) {
            throw new RequestActRefused("owners.error.admin-only");
        }
        int changed = jdbc.sql("UPDATE requests_owner_settings SET interlocutor_policy = :policy, mail_owners = :mail,"
                        + " changed_by = :by, changed_at = :at, version = version + 1"
                        + " WHERE id = 1 AND version = :version")
                .param("policy", policy.name())
                .param("mail", mailOwners)
                .param("by", admin.getDisplayName())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("The owners' settings changed meanwhile");
        }
        return current();
    }

    /**
     * Holds the settings' row until the transaction ends: balanced choices of interlocutors are made one after the
     * other, across instances, each seeing the previous one's count.
     */
    void holdForBalancedChoice() {
        jdbc.sql("SELECT id FROM requests_owner_settings WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }
}
