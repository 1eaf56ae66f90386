package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.Organisation;
import fr.guichet.identity.Role;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Sales administration sets how Guichet invoices a contract, on its page and through the API; bad input is refused. */
class ContractBillingIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @LocalServerPort
    int port;

    @Test
    void theContractPageSetsItsInvoicingAndShowsWhatIsWrongNextToTheField() {
        Contract contract = activeContract();
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(text(office.get("/back/contracts/" + contract.getId())))
                .contains("Facturation récurrente")
                .contains("Non facturé par Guichet");

        HttpResponse<String> refused = office.post(
                "/back/contracts/" + contract.getId() + "/billing",
                "version",
                "" + contract.getVersion(),
                "billingFrequency",
                "QUARTERLY",
                "billingTiming",
                "IN_ARREARS",
                "billingFrom",
                contract.getStartDate().minusDays(1).toString());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("id=\"billingFrom-error\"")
                .contains("La facturation ne peut commencer avant le début du contrat.")
                .as("what was typed is kept")
                .contains("<option value=\"QUARTERLY\" selected=\"selected\"");
        assertThat(contracts.get(contract.getId()).billing()).isEqualTo(ContractBilling.NONE);

        HttpResponse<String> noTiming = office.post(
                "/back/contracts/" + contract.getId() + "/billing",
                "version",
                "" + contract.getVersion(),
                "billingFrequency",
                "MONTHLY",
                "billingTiming",
                "");
        assertThat(HtmlUtils.htmlUnescape(noTiming.body())).contains("id=\"billingTiming-error\"");

        HttpResponse<String> saved = office.post(
                "/back/contracts/" + contract.getId() + "/billing",
                "version",
                "" + contract.getVersion(),
                "billingFrequency",
                "QUARTERLY",
                "billingTiming",
                "IN_ARREARS",
                "billingValidates",
                "true",
                "billingFrom",
                contract.getStartDate().plusMonths(1).toString());
        assertThat(saved.statusCode()).isEqualTo(302);
        Contract changed = contracts.get(contract.getId());
        assertThat(changed.billing())
                .isEqualTo(new ContractBilling(
                        BillingFrequency.QUARTERLY,
                        BillingTiming.IN_ARREARS,
                        true,
                        contract.getStartDate().plusMonths(1)));
        assertThat(contracts.versions(contract.getId()).get(0).change()).isEqualTo("billing-changed");
        assertThat(text(office.get("/back/contracts/" + contract.getId()))).contains("Facturation récurrente modifiée");

        HttpResponse<String> stale = office.post(
                "/back/contracts/" + contract.getId() + "/billing",
                "version",
                "" + contract.getVersion(),
                "billingFrequency",
                "MONTHLY",
                "billingTiming",
                "IN_ADVANCE");
        assertThat(text(stale)).contains("Quelqu’un d’autre a modifié");
        assertThat(contracts.get(contract.getId()).billing().frequency()).isEqualTo(BillingFrequency.QUARTERLY);
    }

    @Test
    void theApiSetsItAndRefusesBadInputWithProblemDetails() {
        Contract contract = activeContract();
        String token = apiTokenOf(integrationUser(Role.BACK_OFFICE, Role.BILLING));
        HttpSession api = new HttpSession(port);

        HttpResponse<String> refused = api.json(
                "PUT",
                "/api/v1/contracts/" + contract.getId() + "/billing",
                "{\"version\":" + contract.getVersion() + ",\"frequency\":\"MONTHLY\",\"timing\":\"IN_ADVANCE\","
                        + "\"from\":\"" + contract.getStartDate().minusDays(3) + "\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(refused.statusCode()).isBetween(400, 422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(refused.body()).contains("billingFrom");

        HttpResponse<String> unknownFrequency = api.json(
                "PUT",
                "/api/v1/contracts/" + contract.getId() + "/billing",
                "{\"version\":" + contract.getVersion() + ",\"frequency\":\"WEEKLY\",\"timing\":\"IN_ADVANCE\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(unknownFrequency.statusCode()).isEqualTo(400);
        assertThat(contracts.get(contract.getId()).billing()).isEqualTo(ContractBilling.NONE);

        HttpResponse<String> saved = api.json(
                "PUT",
                "/api/v1/contracts/" + contract.getId() + "/billing",
                "{\"version\":" + contract.getVersion()
                        + ",\"frequency\":\"MONTHLY\",\"timing\":\"IN_ADVANCE\",\"validateDirectly\":true}",
                "Authorization",
                "Bearer " + token);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body())
                .contains("\"billing\":{\"frequency\":\"MONTHLY\",\"timing\":\"IN_ADVANCE\",\"validateDirectly\":true");
        assertThat(contracts.get(contract.getId()).billing().validateDirectly()).isTrue();

        HttpResponse<String> stale = api.json(
                "PUT",
                "/api/v1/contracts/" + contract.getId() + "/billing",
                "{\"version\":" + contract.getVersion() + ",\"frequency\":\"YEARLY\",\"timing\":\"IN_ADVANCE\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void aCancelledContractIsInvoicedUpToTheDayItsCancellationTakesEffect() {
        Contract contract = activeContract();
        Contract cancelled = contracts.cancel(contract.getId(), contract.getVersion());
        Contract billed = contracts.changeBilling(
                cancelled.getId(),
                cancelled.getVersion(),
                new ContractBilling(BillingFrequency.MONTHLY, BillingTiming.IN_ARREARS, false, null));
        assertThat(billed.billingEnd())
                .as("invoiced up to the cancellation's effective date")
                .isEqualTo(billed.getEndsOn());
    }

    private Contract activeContract() {
        Organisation organisation = customers.search("Fromagerie Chabert", 1).get(0);
        LocalDate today = contracts.today();
        Contract draft = contracts.draft(
                organisation.getId(),
                "Infogérance facturée",
                new ContractTerms(today.minusMonths(2), today.plusMonths(10), true, 12, 30));
        draft = contracts.addLine(draft.getId(), draft.getVersion(), "INFOG-POSTE", BigDecimal.TEN, null);
        return contracts.activate(draft.getId(), draft.getVersion());
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }
}
