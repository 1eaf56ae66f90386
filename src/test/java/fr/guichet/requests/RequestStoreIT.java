package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.CustomerFinder;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.internal.MessageStore;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.requests.internal.RequestRepository;
import fr.guichet.shared.BusinessCalendar;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-written first save of a request ({@link RequestStore#insert}) against Spring Data JDBC's mapping of
 * {@link Request}: the same columns, the same values read back with the history and the first message, and later
 * saves through the repository record their history too.
 */
class RequestStoreIT extends IntegrationTest {

    @Autowired
    RequestStore store;

    @Autowired
    MessageStore messages;

    @Autowired
    RequestRepository repository;

    @Autowired
    RequestHistory history;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    JdbcMappingContext mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<CustomerFinder> finders;

    @Test
    void writesEveryMappedColumnOfTheRequest() {
        RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(Request.class);
        Set<String> mapped = new HashSet<>();
        for (RelationalPersistentProperty property : entity) {
            if (!property.isIdProperty()) {
                mapped.add(property.getColumnName().getReference());
            }
        }
        Set<String> written = new HashSet<>(Arrays.asList(RequestStore.COLUMNS));
        written.add("reference");
        assertThat(written).isEqualTo(mapped);
    }

    @Test
    void theRequestReadsBackAsItWasInsertedAndLaterSavesGoThroughTheRepository() {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        long billing = teams.teamByCode("facturation").orElseThrow().getId();
        Instant now = Instant.parse("2026-11-24T10:15:30.123456Z");
        Request fresh = Request.submit(
                new NewRequest(
                        "Facture en double",
                        "Nous avons reçu deux fois la facture.",
                        Category.BILLING,
                        Channel.PHONE,
                        customer.getCustomerOrganisationId(),
                        customer.getId(),
                        "Marie Martin",
                        "marie@example.fr",
                        agent.getId()),
                new Route(billing, Priority.HIGH),
                TestRequests.actorOf(agent),
                new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
                now);
        fresh.assign(agent.getId(), Actor.SYSTEM, now);

        Request inserted = transactions.execute(status -> store.insert(
                fresh, new RequestStore.FirstMessage(customer.getId(), "Marie Martin", false, "Deux factures.")));

        assertThat(inserted.getId()).isNotNull();
        assertThat(inserted.getReference()).matches("DEM-2026-\\d{6,}");
        assertThat(inserted.getVersion()).isEqualTo(1);
        Request read = repository.findById(inserted.getId()).orElseThrow();
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("serviceLevels", "drafts")
                .isEqualTo(inserted);
        assertThat(history.of(inserted.getId()))
                .extracting(HistoryEntry::kind)
                .containsExactly(RequestEventKind.SUBMITTED, RequestEventKind.ASSIGNED);
        assertThat(history.of(inserted.getId()).get(0))
                .extracting(HistoryEntry::actorId, HistoryEntry::detail, HistoryEntry::at)
                .containsExactly(agent.getId(), "Facture en double", now);
        assertThat(messages.of(inserted.getId(), true)).singleElement().satisfies(m -> {
            assertThat(m.authorId()).isEqualTo(customer.getId());
            assertThat(m.authorName()).isEqualTo("Marie Martin");
            assertThat(m.fromCustomer()).isFalse();
            assertThat(m.visibility()).isEqualTo(Message.Visibility.PUBLIC);
            assertThat(m.body()).isEqualTo("Deux factures.");
            assertThat(m.createdAt()).isEqualTo(now);
        });

        Request owned = requests.takeOwnership(inserted.getId(), 1, new AccountPrincipal(agent));
        assertThat(owned.getVersion()).isEqualTo(2);
        assertThat(repository.findById(inserted.getId()).orElseThrow().getVersion())
                .isEqualTo(2);
        assertThat(history.of(inserted.getId()))
                .extracting(HistoryEntry::kind)
                .containsExactly(RequestEventKind.SUBMITTED, RequestEventKind.ASSIGNED, RequestEventKind.OWNER_TAKEN);
    }

    @Test
    void theReferenceCarriesTheYearInParisAndGrowsPastSixDigits() {
        UserAccount customer = customerUser();
        // New Year's Eve, 23:30 in London is already 2027 in Paris.
        Instant newYear = Instant.parse("2026-12-31T23:30:00Z");
        long next = jdbc.sql("SELECT nextval('requests_reference_seq')")
                .query(Long.class)
                .single();
        long restart = Math.max(next + 1, 999_999);
        jdbc.sql("ALTER SEQUENCE requests_reference_seq RESTART WITH " + restart)
                .update();

        String first = transactions.execute(
                status -> store.insert(portal(customer, newYear), FIRST).getReference());
        String second = transactions.execute(
                status -> store.insert(portal(customer, newYear), FIRST).getReference());

        assertThat(first).isEqualTo(String.format("DEM-2027-%06d", restart));
        assertThat(second).isEqualTo("DEM-2027-" + (restart + 1));
        assertThat(second).matches("DEM-2027-\\d{7,}");
        // Typed at the desk, the seven-digit reference still finds its customer.
        assertThat(finders.stream().flatMap(f -> f.organisationsMatching(second.toLowerCase()).stream()))
                .containsExactly(customer.getCustomerOrganisationId());
    }

    private static final RequestStore.FirstMessage FIRST = new RequestStore.FirstMessage(null, "Client", true, "Texte");

    private static Request portal(UserAccount customer, Instant at) {
        return Request.submit(
                TestRequests.fromPortal(customer, "Question"),
                Route.frontOffice(Priority.NORMAL),
                TestRequests.actorOf(customer),
                new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
                at);
    }
}
