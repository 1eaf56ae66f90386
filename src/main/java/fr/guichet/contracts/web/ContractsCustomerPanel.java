package fr.guichet.contracts.web;

import fr.guichet.contracts.ContractManagement;
import fr.guichet.customers.CustomerPanel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer screen's contracts panel: each contract with its state, term end and notice deadline. */
@Component
class ContractsCustomerPanel implements CustomerPanel {

    private final ContractManagement contracts;

    ContractsCustomerPanel(ContractManagement contracts) {
        this.contracts = contracts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "contracts/customer-panel :: panel";
    }

    @Override
    public Map<String, Object> model(long organisationId) {
        return Map.of("contracts", contracts.ofOrganisation(organisationId, 200), "today", contracts.today());
    }
}
