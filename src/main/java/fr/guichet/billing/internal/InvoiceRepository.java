package fr.guichet.billing.internal;

import fr.guichet.billing.Invoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends ListCrudRepository<Invoice, Long> {

    Optional<Invoice> findByNumber(String number);

    /**
     * Locks an invoice's row until the transaction ends: the credit notes validated against it wait for each other,
     * so that what is left to credit is read once the previous one is committed.
     */
    @Query("SELECT id FROM billing_invoice WHERE id = :id FOR UPDATE")
    Optional<Long> lock(@Param("id") long id);

    /**
     * The validated deposit invoices of a quote that no final invoice has deducted yet and that no credit note
     * cancelled in full, in their numbers' order.
     */
    @Query("SELECT * FROM billing_invoice i WHERE i.kind = 'DEPOSIT' AND i.quote_id = :quote"
            + " AND i.organisation_id = :organisation AND i.status <> 'DRAFT' AND i.credited < i.total_gross"
            + " AND NOT EXISTS (SELECT 1 FROM billing_invoice_deposit d WHERE d.deposit_id = i.id)"
            + " ORDER BY i.issue_date, i.id")
    List<Invoice> depositsToDeduct(@Param("quote") long quoteId, @Param("organisation") long organisationId);

    /** What validated credit notes already credit on an invoice, including VAT. */
    @Query("SELECT COALESCE(SUM(total_gross), 0) FROM billing_invoice"
            + " WHERE kind = 'CREDIT_NOTE' AND credited_invoice_id = :invoice AND status <> 'DRAFT'")
    BigDecimal credited(@Param("invoice") long invoiceId);

    @Query("SELECT * FROM billing_invoice WHERE credited_invoice_id = :invoice ORDER BY id")
    List<Invoice> creditNotesOf(@Param("invoice") long invoiceId);

    @Query("SELECT * FROM billing_invoice WHERE organisation_id = :organisation"
            + " ORDER BY CASE WHEN status = 'DRAFT' THEN 0 ELSE 1 END, issue_date DESC, id DESC LIMIT :limit")
    List<Invoice> ofOrganisation(@Param("organisation") long organisationId, @Param("limit") int limit);

    @Query("SELECT * FROM billing_invoice WHERE quote_id = :quote ORDER BY id")
    List<Invoice> ofQuote(@Param("quote") long quoteId);

    @Query(
            "SELECT * FROM billing_invoice WHERE contract_id = :contract ORDER BY service_from DESC, id DESC LIMIT :limit")
    List<Invoice> ofContract(@Param("contract") long contractId, @Param("limit") int limit);

    /** The customer's open draft (the oldest), where recorded work or a period may be added. */
    @Query("SELECT * FROM billing_invoice WHERE organisation_id = :organisation AND status = 'DRAFT'"
            + " AND kind = 'INVOICE' ORDER BY id LIMIT 1")
    Optional<Invoice> openDraftOf(@Param("organisation") long organisationId);
}
