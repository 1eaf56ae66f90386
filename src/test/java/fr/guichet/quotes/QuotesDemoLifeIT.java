package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.DemoLife;
import fr.guichet.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quotes' demo year, played in a transaction rolled back (a year long past, with three pre-sales requests of it):
 * drafts, quotes awaiting an answer (one for the portal's demo customer, still valid), accepted ones with the proof the
 * acceptance keeps (the hash of the PDF kept as sent, of the terms, the certificate), declined ones with their reason,
 * expired ones; some made from the pre-sales requests.
 */
class QuotesDemoLifeIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(7, Instant.parse("2001-06-29T16:00:00Z"));
    private static final String OF_THE_YEAR = " FROM quotes_quote WHERE created_at < '2001-07-01'";

    @Autowired
    QuotesDemoLife demo;

    @Autowired
    RequestManagement requests;

    @Autowired
    TermsOfSaleManagement terms;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearOfQuotesDraftedSentAcceptedDeclinedAndExpiredSomeFromPreSalesRequests() {
        UserAccount portalUser = users.findByUsername("client").orElseThrow();
        long portalCustomer = portalUser.getCustomerOrganisationId();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<Long> preSales = List.of(
                    preSales(portalUser, "Devis pour trois postes", "2001-01-15T09:30:00Z"),
                    preSales(portalUser, "Devis d'une sauvegarde", "2001-03-02T14:00:00Z"),
                    preSales(portalUser, "Devis de formation", "2001-05-20T10:00:00Z"));

            long before = System.nanoTime();
            demo.play(LIFE);
            Duration played = Duration.ofNanos(System.nanoTime() - before);
            assertThat(played).as("the quotes' year is quick to play").isLessThan(Duration.ofSeconds(20));

            assertThat(count("")).isBetween(25L, 70L);
            Map<String, Long> byStatus = jdbc
                    .sql("SELECT status, COUNT(*) AS n" + OF_THE_YEAR + " GROUP BY status")
                    .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                    .list()
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(byStatus).containsOnlyKeys("DRAFT", "SENT", "ACCEPTED", "DECLINED", "EXPIRED");
            assertThat(byStatus.get("ACCEPTED")).isGreaterThanOrEqualTo(5);
            assertThat(count(" AND request_id IN (" + preSales.get(0) + ", " + preSales.get(1) + ", " + preSales.get(2)
                            + ")"))
                    .as("the pre-sales requests of the year, made into quotes")
                    .isPositive();
            assertThat(count(" AND request_id IS NOT NULL AND request_id NOT IN (SELECT id FROM requests_request"
                            + " WHERE category = 'PRE_SALES' AND organisation_id = quotes_quote.organisation_id)"))
                    .isZero();
            assertThat(count(" AND NOT reference LIKE 'DEV-200%'")).isZero();
            assertThat(count(" AND total_gross < total_net")).isZero();
            assertThat(count(" AND NOT EXISTS (SELECT 1 FROM quotes_line l WHERE l.quote_id = quotes_quote.id)"))
                    .isZero();

            String termsSha = terms.current().orElseThrow().sha256();
            assertThat(count(" AND status <> 'DRAFT' AND (terms_sha256 <> '" + termsSha + "' OR sent_at IS NULL)"))
                    .as("every quote sent attaches the terms in force")
                    .isZero();
            assertThat(count(" AND status <> 'DRAFT' AND NOT EXISTS (SELECT 1 FROM quotes_document d"
                            + " WHERE d.quote_id = quotes_quote.id AND d.revision = quotes_quote.revision"
                            + " AND d.kind = 'SENT')"))
                    .as("the PDF of each revision sent is kept")
                    .isZero();
            assertThat(count(" AND status = 'ACCEPTED' AND (signer_name IS NULL OR signer_role IS NULL"
                            + " OR accepted_ip <> 'demo' OR accepted_at <= sent_at"
                            + " OR accepted_pdf_sha256 <> (SELECT d.sha256 FROM quotes_document d"
                            + " WHERE d.quote_id = quotes_quote.id AND d.revision = quotes_quote.revision"
                            + " AND d.kind = 'SENT')"
                            + " OR NOT EXISTS (SELECT 1 FROM quotes_document c WHERE c.quote_id = quotes_quote.id"
                            + " AND c.kind = 'CERTIFICATE'))"))
                    .as("each acceptance keeps its proof: the signer, the hash of the PDF sent, the certificate")
                    .isZero();
            jdbc.sql("SELECT accepted_at, valid_until" + OF_THE_YEAR + " AND status = 'ACCEPTED'")
                    .query((rs, n) -> {
                        LocalDate accepted = rs.getObject("accepted_at", OffsetDateTime.class)
                                .atZoneSameInstant(DemoLife.PARIS)
                                .toLocalDate();
                        assertThat(accepted).isBeforeOrEqualTo(rs.getObject("valid_until", LocalDate.class));
                        return accepted;
                    })
                    .list();
            assertThat(count(" AND status = 'DECLINED' AND (decline_reason IS NULL OR declined_at IS NULL)"))
                    .isZero();
            assertThat(count(" AND status = 'EXPIRED' AND valid_until >= '2001-06-29'"))
                    .isZero();
            assertThat(count(" AND revision > 1"))
                    .as("a few were revised and sent again")
                    .isPositive();

            LocalDate lastDay = LIFE.lastDay();
            assertThat(jdbc.sql("SELECT COUNT(*)" + OF_THE_YEAR
                                    + " AND status = 'SENT' AND organisation_id = :customer AND valid_until >= :today")
                            .param("customer", portalCustomer)
                            .param("today", lastDay)
                            .query(Long.class)
                            .single())
                    .as("the portal's demo customer has a quote to answer")
                    .isPositive();
        });
    }

    private long count(String condition) {
        return jdbc.sql("SELECT COUNT(*)" + OF_THE_YEAR + condition)
                .query(Long.class)
                .single();
    }

    /** A pre-sales request of the demo's year: filed today, then dated back to {@code at}. */
    private long preSales(UserAccount customer, String subject, String at) {
        Request request = requests.submit(
                new NewRequest(
                        subject,
                        "Nous voudrions un devis.",
                        Category.PRE_SALES,
                        Channel.PORTAL,
                        customer.getCustomerOrganisationId(),
                        customer.getId(),
                        customer.getDisplayName(),
                        null,
                        null),
                new Actor(customer.getId(), customer.getDisplayName()));
        jdbc.sql("UPDATE requests_request SET created_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC))
                .param("id", request.getId())
                .update();
        return request.getId();
    }
}
