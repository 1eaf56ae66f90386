package fr.guichet.contracts.web;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.customers.CustomerPortalPanel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal home's contracts: the customer's running contracts, with the end of their term and notice deadline. */
@Component
class ContractsPortalPanel implements CustomerPortalPanel {

    private final ContractManagement contracts;

    ContractsPortalPanel(ContractManagement contracts) {
        this.contracts = contracts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "contracts/portal-panel :: panel";
    }

    @Override
    public Map<String, Object> model(@Nullable Long organisationId, long userId) {
        List<Contract> running = organisationId == null
                ? List.of()
                : contracts.ofOrganisation(organisationId, 200).stream()
                        .filter(c -> c.getStatus().isRunning())
                        .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("running", running);
        model.put("today", contracts.today());
        return model;
    }
}
