package fr.guichet.contracts.internal;

import fr.guichet.contracts.Contract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ContractRepository extends ListCrudRepository<Contract, Long> {

    Optional<Contract> findByReference(String reference);

    @Query("SELECT * FROM contracts_contract WHERE organisation_id = :organisation ORDER BY start_date DESC, id DESC"
            + " LIMIT :limit")
    List<Contract> ofOrganisation(@Param("organisation") long organisationId, @Param("limit") int limit);

    @Query("SELECT * FROM contracts_contract ORDER BY updated_at DESC, id DESC LIMIT :limit")
    List<Contract> latest(@Param("limit") int limit);

    @Query("SELECT * FROM contracts_contract WHERE status = :status ORDER BY updated_at DESC, id DESC LIMIT :limit")
    List<Contract> latestWithStatus(@Param("status") String status, @Param("limit") int limit);

    @Query("SELECT * FROM contracts_contract WHERE status IN ('ACTIVE', 'SUSPENDED') AND auto_renewal = TRUE"
            + " ORDER BY id")
    List<Contract> renewing();

    @Query("SELECT * FROM contracts_contract WHERE billing_frequency IS NOT NULL AND status <> 'DRAFT' ORDER BY id")
    List<Contract> invoiced();

    @Query("SELECT nextval('contracts_reference_seq')")
    long nextReferenceNumber();

    /** Records that the term ending on {@code termEnd} was announced; 0 when it already was. */
    @Modifying
    @Query("UPDATE contracts_contract SET renewal_alerted_for = :termEnd WHERE id = :id"
            + " AND (renewal_alerted_for IS NULL OR renewal_alerted_for <> :termEnd)")
    int markRenewalAlerted(@Param("id") long id, @Param("termEnd") LocalDate termEnd);

    /** Contracts that may be over on {@code today}: cancelled with an end date passed, or not renewing and past term. */
    @Query("SELECT * FROM contracts_contract WHERE (status = 'CANCELLED' AND ends_on < :today)"
            + " OR (status IN ('ACTIVE', 'SUSPENDED') AND auto_renewal = FALSE AND initial_end_date < :today)"
            + " ORDER BY id LIMIT 500")
    List<Contract> possiblyOver(@Param("today") LocalDate today);
}
