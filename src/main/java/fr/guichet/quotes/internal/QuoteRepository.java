package fr.guichet.quotes.internal;

import fr.guichet.quotes.Quote;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface QuoteRepository extends ListCrudRepository<Quote, Long> {

    Optional<Quote> findByReference(String reference);

    @Query("SELECT * FROM quotes_quote WHERE organisation_id = :organisation ORDER BY id DESC LIMIT :limit")
    List<Quote> ofOrganisation(@Param("organisation") long organisationId, @Param("limit") int limit);

    @Query("SELECT * FROM quotes_quote WHERE request_id = :request ORDER BY id DESC")
    List<Quote> ofRequest(@Param("request") long requestId);

    @Query("SELECT nextval('quotes_reference_seq')")
    long nextReferenceNumber();

    @Query("SELECT * FROM quotes_quote WHERE status = 'SENT' AND valid_until < :today ORDER BY id LIMIT 500")
    List<Quote> sentPast(@Param("today") java.time.LocalDate today);
}
