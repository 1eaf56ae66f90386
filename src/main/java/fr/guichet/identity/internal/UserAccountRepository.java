package fr.guichet.identity.internal;

import fr.guichet.identity.UserAccount;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByCustomerOrganisationId(Long organisationId);

    @Query("SELECT * FROM identity_user ORDER BY kind, display_name")
    List<UserAccount> findAllOrdered();
}
