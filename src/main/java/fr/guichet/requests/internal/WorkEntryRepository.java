package fr.guichet.requests.internal;

import fr.guichet.requests.WorkEntry;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Reads and saves the work recorded on requests; billing's claims go through {@link WorkClaims}. */
public interface WorkEntryRepository extends ListCrudRepository<WorkEntry, Long> {

    @Query("SELECT * FROM requests_work_entry WHERE request_id = :requestId ORDER BY worked_on, id")
    List<WorkEntry> ofRequest(long requestId);

    @Query("SELECT * FROM requests_work_entry WHERE invoice_id = :invoiceId ORDER BY request_id, worked_on, id")
    List<WorkEntry> ofInvoice(long invoiceId);
}
