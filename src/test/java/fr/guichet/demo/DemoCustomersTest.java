package fr.guichet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Siren;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    private final List<DemoCompany.CustomerSeed> customers = DemoCustomers.all();

    @Test
    void fortyOrganisationsWithTwoContactsEach() {
        assertThat(customers).hasSize(40);
        assertThat(customers).allSatisfy(c -> assertThat(c.contacts()).hasSize(2));
    }

    @Test
    void everyCompanySirenPassesTheLuhnCheckAndIsUnique() {
        List<String> sirens = customers.stream()
                .filter(c -> c.kind() != OrganisationKind.INDIVIDUAL)
                .map(DemoCompany.CustomerSeed::siren)
                .toList();
        assertThat(sirens).hasSize(38).allMatch(Siren::isValid).doesNotHaveDuplicates();
    }

    @Test
    void contactEmailsAreUniqueAndWellFormed() {
        List<String> emails = customers.stream()
                .flatMap(c -> c.contacts().stream())
                .map(DemoCompany.ContactSeed::email)
                .filter(Objects::nonNull)
                .toList();
        assertThat(emails).hasSize(80).doesNotHaveDuplicates().allMatch(e -> e.matches("[a-z0-9.-]+@[a-z0-9.-]+\\.fr"));
    }

    @Test
    void staffSpanTheTeamsAndBothSites() {
        assertThat(DemoCompany.STAFF).hasSizeGreaterThanOrEqualTo(20);
        assertThat(DemoCompany.STAFF.stream().map(DemoCompany.StaffSeed::team).distinct())
                .containsExactlyInAnyOrderElementsOf(DemoCompany.TEAMS.stream()
                        .map(DemoCompany.TeamSeed::code)
                        .toList());
        assertThat(DemoCompany.STAFF.stream().map(DemoCompany.StaffSeed::site).distinct())
                .hasSize(2);
    }
}
