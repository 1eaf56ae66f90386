package fr.guichet.billing.work;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.requests.WorkCoverage;
import fr.guichet.requests.WorkKind;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The coverage rule: work is covered when a contract of the customer running on that day includes the same catalogue
 * item (hours of on-site intervention bought with the contract, an audit included…); otherwise it is billable. Only
 * a suggestion: the person recording the work may change it.
 */
@Component
class ContractCoverage implements WorkCoverage {

    /** More contracts than any customer has. */
    private static final int CONTRACTS = 200;

    private final ContractManagement contracts;

    ContractCoverage(ContractManagement contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<String> coveringContract(long organisationId, WorkKind kind, String itemCode, LocalDate on) {
        return contracts.ofOrganisation(organisationId, CONTRACTS).stream()
                .filter(c -> runsOn(c, on))
                .filter(c ->
                        c.getLines().stream().anyMatch(line -> line.itemCode().equals(itemCode)))
                .map(Contract::getTitle)
                .findFirst();
    }

    static boolean runsOn(Contract contract, LocalDate day) {
        return contract.getStatus().isRunning()
                && contract.getStartDate() != null
                && !contract.getStartDate().isAfter(day)
                && (contract.getEndsOn() == null || !contract.getEndsOn().isBefore(day));
    }
}
