package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** A duplicate merged into the kept record brings along everything that was linked to it. */
class MergeDuplicatesIT extends IntegrationTest {

    @Autowired
    CustomerMasterDataManagement masterData;

    @Autowired
    RequestManagement requests;

    @Autowired
    ContractManagement contracts;

    @LocalServerPort
    int port;

    @Test
    void mergingADuplicateKeepsEveryLinkedRecordUnderTheKeptCustomer() {
        String phone = "04 72 " + (10 + (System.nanoTime() % 89)) + " 33 44";
        Organisation kept = masterData.create(profile(unique("Garage Vidal"), phone, null), "test");
        Organisation duplicate =
                masterData.create(profile(unique("Garage Vidal et fils"), phone, "contact@vidal.example"), "test");
        Contact contact = customers.saveContact(
                duplicate.getId(), null, 0, new ContactDetails("Marc", "Vidal", null, null, null, null, null, null));
        UserAccount portalUser = users.createWithHash(
                UserProfile.customer(unique("vidal"), "Marc Vidal", unique("vidal") + "@example.fr", duplicate.getId()),
                users.findByUsername(staff(Role.BACK_OFFICE).getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
        Request request = requests.submit(
                new NewRequest(
                        "Panne",
                        "Texte",
                        Category.OTHER,
                        Channel.PHONE,
                        duplicate.getId(),
                        null,
                        "Marc Vidal",
                        null,
                        null),
                new Actor(null, "test"));
        var today = contracts.today();
        Contract contract = contracts.draft(
                duplicate.getId(), "Maintenance", new ContractTerms(today, today.plusYears(1), true, 12, 30));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), "HOTLINE-PRO", BigDecimal.ONE, null);

        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        String page = HtmlUtils.htmlUnescape(
                office.get("/back/customers/" + kept.getId()).body());
        assertThat(page).contains("Doublons possibles").contains(duplicate.getName());

        office.post("/back/customers/" + kept.getId() + "/merge", "mergedId", "" + duplicate.getId());
        assertThat(customers.find(duplicate.getId()))
                .as("not without the confirmation")
                .isPresent();
        office.get("/back/customers/" + kept.getId());
        assertThat(office.post(
                                "/back/customers/" + kept.getId() + "/merge",
                                "mergedId",
                                "" + duplicate.getId(),
                                "confirm",
                                "true")
                        .statusCode())
                .isEqualTo(302);

        assertThat(customers.find(duplicate.getId())).isEmpty();
        assertThat(customers.contactsOf(kept.getId()))
                .extracting(Contact::getId)
                .contains(contact.getId());
        assertThat(users.get(portalUser.getId()).getCustomerOrganisationId()).isEqualTo(kept.getId());
        assertThat(requests.get(request.getId()).getOrganisationId()).isEqualTo(kept.getId());
        assertThat(contracts.get(contract.getId()).getOrganisationId()).isEqualTo(kept.getId());
        Organisation after = customers.find(kept.getId()).orElseThrow();
        assertThat(after.getEmail())
                .as("an empty field takes the duplicate's value")
                .isEqualTo("contact@vidal.example");
        assertThat(masterData.history(kept.getId())).extracting(h -> h.field()).contains("merged");
        assertThat(office.get("/back/customers/" + duplicate.getId()).statusCode())
                .isEqualTo(404);
    }

    private static OrganisationProfile profile(String name, String phone, String email) {
        return new OrganisationProfile(
                name,
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                null,
                null,
                "PME",
                Address.french("5 rue Garibaldi", "69006", "Lyon"),
                null,
                phone,
                email,
                null,
                null);
    }
}
