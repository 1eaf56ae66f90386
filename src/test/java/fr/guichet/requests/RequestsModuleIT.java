package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.ModuleTestConfiguration;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.CustomersMerged;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.support.ModuleTestDatabase;
import fr.guichet.support.TestDatabase;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The requests module with the modules it depends on (customers, identity, catalogue) and nothing else: no
 * notifications, no contracts, no web zones, no demo data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ExtendWith(TestDatabase.class)
class RequestsModuleIT {

    private final RequestManagement requests;
    private final CustomerManagement customers;
    private final CustomerMasterDataManagement masterData;

    RequestsModuleIT(
            RequestManagement requests, CustomerManagement customers, CustomerMasterDataManagement masterData) {
        this.requests = requests;
        this.customers = customers;
        this.masterData = masterData;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }

    @Test
    void aMergedCustomersRequestsMoveToTheKeptCustomer(Scenario scenario) {
        Organisation kept = organisation("Gardé");
        Organisation duplicate = organisation("Doublon");
        Request request = requests.submit(
                new NewRequest(
                        "Accès VPN",
                        "Texte",
                        Category.OTHER,
                        Channel.PHONE,
                        duplicate.getId(),
                        null,
                        "Paul Durand",
                        "paul.durand@example.fr",
                        null),
                new Actor(null, "Test"));

        scenario.stimulate(() -> masterData.merge(kept.getId(), duplicate.getId(), "test"))
                .andWaitForEventOfType(CustomersMerged.class)
                .matching(merged -> merged.mergedId() == duplicate.getId())
                .toArriveAndVerify(merged -> {
                    assertThat(merged.keptId()).isEqualTo(kept.getId());
                    assertThat(requests.get(request.getId()).getOrganisationId())
                            .isEqualTo(kept.getId());
                    assertThat(requests.ofOrganisation(kept.getId(), 10))
                            .extracting(QueueItem::reference)
                            .contains(request.getReference());
                });
    }

    private Organisation organisation(String name) {
        return customers.register(new NewOrganisation(
                name + " " + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                Address.french("1 rue de la République", "69002", "Lyon"),
                null,
                null));
    }
}
