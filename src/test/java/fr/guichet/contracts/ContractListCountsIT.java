package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The back office's contracts list: a tab per status, each with the count of the contracts its list shows. */
class ContractListCountsIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @Test
    void eachStatusTabCountsWhatItLists() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        Contract draft = contracts.draft(
                organisation,
                "Brouillon compté",
                new ContractTerms(contracts.today(), contracts.today().plusYears(1), false, 0, 0));
        Contract active = contracts.draft(
                organisation,
                "Actif compté",
                new ContractTerms(contracts.today(), contracts.today().plusYears(1), false, 0, 0));
        active = contracts.addLine(active.getId(), active.getVersion(), "HOTLINE-PRO", BigDecimal.ONE, null);
        contracts.activate(active.getId(), active.getVersion());
        AccountPrincipal office = new AccountPrincipal(staff(Role.BACK_OFFICE));

        MvcResult all = mvc.perform(get("/back/contracts").with(user(office))).andReturn();
        @SuppressWarnings("unchecked")
        Map<ContractStatus, Long> counts =
                (Map<ContractStatus, Long>) all.getModelAndView().getModel().get("counts");
        assertThat(counts.get(ContractStatus.DRAFT)).isPositive();
        assertThat(counts.get(ContractStatus.ACTIVE)).isPositive();
        for (ContractStatus status : ContractStatus.values()) {
            MvcResult tab = mvc.perform(get("/back/contracts?status=" + status).with(user(office)))
                    .andReturn();
            @SuppressWarnings("unchecked")
            List<Contract> listed =
                    (List<Contract>) tab.getModelAndView().getModel().get("contracts");
            assertThat(listed).allMatch(contract -> contract.getStatus() == status);
            assertThat((long) listed.size()).as("tab %s", status).isEqualTo(Math.min(counts.get(status), 200));
        }
        String page = all.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<span class=\"count\">" + counts.get(ContractStatus.DRAFT) + "</span>");
        assertThat(draft.getStatus()).isEqualTo(ContractStatus.DRAFT);
    }
}
