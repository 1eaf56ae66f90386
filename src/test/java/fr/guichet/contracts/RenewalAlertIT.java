package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.customers.OrganisationProfile;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.notifications.AlertManagement;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.ScheduledJobs;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A contract nearing its notice deadline is announced to its account manager and sales administration, once. */
class RenewalAlertIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @Autowired
    RenewalAlertJob job;

    @Autowired
    CustomerMasterDataManagement masterData;

    @Autowired
    TeamManagement teams;

    @Autowired
    AlertManagement alerts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountManagerAndSalesAdministrationAreToldOnceInTheAppAndByEmail() throws Exception {
        UserAccount manager = staff(Role.FRONT_OFFICE);
        Organisation organisation = masterData.create(
                new OrganisationProfile(
                        unique("Cabinet Faure"),
                        null,
                        OrganisationKind.COMPANY,
                        CustomerStatus.CUSTOMER,
                        null,
                        null,
                        null,
                        "PME",
                        Address.french("1 place Bellecour", "69002", "Lyon"),
                        null,
                        null,
                        null,
                        manager.getId(),
                        null),
                "test");
        LocalDate today = contracts.today();
        Contract soon = contracts.draft(
                organisation.getId(),
                "Infogérance",
                new ContractTerms(today.minusMonths(11), today.plusDays(40), true, 12, 30));
        soon = contracts.addLine(soon.getId(), soon.getVersion(), "INFOG-POSTE", new BigDecimal("4"), BigDecimal.ZERO);
        soon = contracts.activate(soon.getId(), soon.getVersion());
        Contract notYet = contracts.draft(
                organisation.getId(),
                "Antivirus",
                new ContractTerms(today.minusMonths(1), today.plusMonths(11), true, 12, 30));
        notYet = contracts.addLine(notYet.getId(), notYet.getVersion(), "LICENCE-ANTIVIRUS", BigDecimal.ONE, null);
        contracts.activate(notYet.getId(), notYet.getVersion());

        String reference = soon.getReference();
        job.alert(); // as the application's scheduled run would, holding the lock for a while
        ScheduledJobs.releaseLock(jdbc, "contracts-renewal-alerts");
        job.alert();

        List<MimeMessage> toManager = TestMail.awaitFor(manager.getEmail(), 1);
        assertThat(toManager).hasSize(1);
        assertThat(toManager.get(0).getSubject())
                .isEqualTo("[" + soon.getReference() + "] Le contrat de " + organisation.getName()
                        + " arrive à son préavis");
        assertThat(TestMail.text(toManager.get(0))).contains("/back/contracts/" + soon.getId());
        UserAccount salesAdministration =
                users.membersOf(teams.teamByCode("adv").orElseThrow().getId()).get(0);
        assertThat(TestMail.awaitFor(salesAdministration.getEmail(), 1))
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains(reference));
        assertThat(alerts.latest(manager.getId(), 10)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("RENEWAL_DUE");
            assertThat(alert.reference()).isEqualTo(reference);
        });
        assertThat(TestMail.receivedBy(manager.getEmail()))
                .as("the other contract's deadline is months away, and a term is announced once")
                .hasSize(1);
    }
}
