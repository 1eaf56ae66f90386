package fr.guichet.identity.internal;

import fr.guichet.identity.UserAccount;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findFirstByEmailAndEnabledTrueOrderById(String email);

    List<UserAccount> findByCustomerOrganisationId(Long organisationId);

    List<UserAccount> findByTeamIdAndEnabledTrueOrderByDisplayName(Long teamId);

    /** A login is not an edit: it leaves the version alone, so that it never conflicts with an administrator's. */
    @Modifying
    @Query("UPDATE identity_user SET last_login_at = :at WHERE id = :id")
    int recordLogin(@Param("id") long id, @Param("at") OffsetDateTime at);

    @Query("SELECT * FROM identity_user ORDER BY kind, display_name")
    List<UserAccount> findAllOrdered();

    /** The enabled staff members with this role who are present today, oldest account first. */
    @Query("SELECT u.id FROM identity_user u JOIN identity_user_role r ON r.user_id = u.id"
            + " WHERE u.kind = 'STAFF' AND u.enabled = TRUE AND u.present = TRUE AND r.role = :role ORDER BY u.id")
    List<Long> presentStaffWithRole(@Param("role") String role);

    /** Whether the staff member is present, read alone (every desk and back-office page shows it). */
    @Query("SELECT present FROM identity_user WHERE id = :id")
    Boolean presentById(@Param("id") long id);
}
