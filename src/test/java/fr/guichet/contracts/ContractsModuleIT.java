package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.ModuleTestConfiguration;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.ItemDetails;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.CustomersMerged;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.ModuleTestDatabase;
import fr.guichet.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The contracts module alone, with the modules it depends on (customers, catalogue, identity) and nothing else: no
 * web zones, no demo data, no notifications.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ExtendWith(TestDatabase.class)
class ContractsModuleIT {

    /** The module's clock, which can change a contract behind the back of whoever is reading it. */
    private static final InterferingClock CLOCK = new InterferingClock();

    @TestBean
    Clock clock;

    private final ContractManagement contracts;
    private final CustomerManagement customers;
    private final CustomerMasterDataManagement masterData;
    private final CatalogueManagement catalogue;
    private final DataSource dataSource;

    ContractsModuleIT(
            ContractManagement contracts,
            CustomerManagement customers,
            CustomerMasterDataManagement masterData,
            CatalogueManagement catalogue,
            DataSource dataSource) {
        this.contracts = contracts;
        this.customers = customers;
        this.masterData = masterData;
        this.catalogue = catalogue;
        this.dataSource = dataSource;
    }

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }

    @Test
    void aMergedCustomersContractsMoveToTheKeptCustomer(Scenario scenario) {
        Organisation kept = organisation("Gardé");
        Organisation duplicate = organisation("Doublon");
        Contract contract = contracts.draft(
                duplicate.getId(),
                "Maintenance",
                new ContractTerms(LocalDate.now(CLOCK), LocalDate.now(CLOCK).plusYears(1), true, 12, 30));

        scenario.stimulate(() -> masterData.merge(kept.getId(), duplicate.getId(), "test"))
                .andWaitForEventOfType(CustomersMerged.class)
                .matching(merged -> merged.mergedId() == duplicate.getId())
                .toArriveAndVerify(merged -> {
                    assertThat(merged.keptId()).isEqualTo(kept.getId());
                    assertThat(contracts.get(contract.getId()).getOrganisationId())
                            .isEqualTo(kept.getId());
                    assertThat(contracts.ofOrganisation(kept.getId(), 10))
                            .extracting(Contract::getId)
                            .contains(contract.getId());
                });
    }

    /**
     * Regression (commit eb31722): one contract changed by someone else while the run looked at it made the whole run
     * roll back (the repository's failure marked the run's single transaction rollback-only), so that no contract
     * ended. Each contract now ends in its own transaction: the changed one is left to the next run, the others end.
     */
    @Test
    void aContractChangedDuringTheRunIsLeftForTheNextRunAndTheOthersStillEnd() {
        Organisation organisation = organisation("Fin");
        Contract first = over(organisation, "Premier");
        Contract changed = over(organisation, "Changé pendant la fin");
        Contract last = over(organisation, "Dernier");

        // While armed, every reading of the clock (the run reads it between loading a contract and saving it) is
        // preceded by another user's committed change to the middle contract.
        CLOCK.interfere(() -> bumpVersion(changed.getId()));
        int ended;
        try {
            ended = contracts.endThoseOver();
        } finally {
            CLOCK.interfere(null);
        }

        assertThat(ended).isGreaterThanOrEqualTo(2);
        assertThat(contracts.get(first.getId()).getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(contracts.get(last.getId()).getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(contracts.get(changed.getId()).getStatus()).isEqualTo(ContractStatus.ACTIVE);

        // The next run, undisturbed, ends it.
        assertThat(contracts.endThoseOver()).isGreaterThanOrEqualTo(1);
        assertThat(contracts.get(changed.getId()).getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(contracts.versions(changed.getId()).get(0).change()).isEqualTo("ended");
    }

    /** An active contract that does not renew and whose term ended yesterday. */
    private Contract over(Organisation organisation, String title) {
        LocalDate today = contracts.today();
        Contract contract = contracts.draft(
                organisation.getId(), title, new ContractTerms(today.minusDays(60), today.minusDays(1), false, 0, 0));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), item(), BigDecimal.ONE, null);
        return contracts.activate(contract.getId(), contract.getVersion());
    }

    /** Another user's change to a contract, committed on a connection of its own. */
    private void bumpVersion(long contractId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE contracts_contract SET version = version + 1 WHERE id = ?")) {
            connection.setAutoCommit(true);
            update.setLong(1, contractId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String item() {
        String code = "MOD-" + suffix();
        catalogue.add(new ItemDetails(
                code,
                "Audit",
                "Audit",
                null,
                null,
                Unit.PACKAGE,
                Money.euros("100.00"),
                VatRate.STANDARD,
                null,
                Recurrence.ONE_OFF,
                false));
        return code;
    }

    private Organisation organisation(String name) {
        return customers.register(new NewOrganisation(
                name + " " + suffix(),
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                Address.french("1 rue de la République", "69002", "Lyon"),
                null,
                null));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The system clock, which runs a given action before each reading while a test asks it to. */
    static final class InterferingClock extends Clock {

        private volatile Runnable interference;

        void interfere(Runnable action) {
            this.interference = action;
        }

        @Override
        public Instant instant() {
            Runnable action = interference;
            if (action != null) {
                action.run();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
