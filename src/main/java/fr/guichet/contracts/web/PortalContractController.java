package fr.guichet.contracts.web;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractRuleViolation;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.contracts.UnknownContract;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's contracts in the portal, and their cancellation online in three steps: the contract's page, the
 * confirmation that states the date it takes effect, and the acknowledgement (with the same date, also by email).
 */
@Controller
@RequestMapping("/portal/contracts")
class PortalContractController {

    private final ContractManagement contracts;
    private final UserManagement users;
    private final ContractDocumentManagement documents;

    PortalContractController(ContractManagement contracts, UserManagement users, ContractDocumentManagement documents) {
        this.contracts = contracts;
        this.users = users;
        this.documents = documents;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal customer, Model model) {
        model.addAttribute(
                "contracts",
                contracts.ofOrganisation(customer.getCustomerOrganisationId(), 200).stream()
                        .filter(c -> c.getStatus() != ContractStatus.DRAFT)
                        .toList());
        model.addAttribute("today", contracts.today());
        return "contracts/portal-list";
    }

    /** Step 1: the contract, with its lines and terms, and the way to cancel it. */
    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Model model) {
        model.addAttribute("contract", own(customer, id));
        model.addAttribute("today", contracts.today());
        model.addAttribute("documents", documents.of(id));
        return "contracts/portal-contract";
    }

    /** Step 2: what cancelling today means — the date it takes effect — and the button that does it. */
    @GetMapping("/{id}/cancel")
    String confirm(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Model model) {
        Contract contract = own(customer, id);
        if (!contract.getStatus().isRunning()) {
            return "redirect:/portal/contracts/" + id;
        }
        model.addAttribute("contract", contract);
        model.addAttribute("effective", contract.terms().cancellationEffective(contracts.today()));
        model.addAttribute("reason", "");
        return "contracts/portal-cancel";
    }

    /** Step 3: cancelled; the acknowledgement repeats the date, and the confirmation email is on its way. */
    @PostMapping("/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        Contract contract = own(customer, id);
        UserAccount account = users.get(customer.getId());
        try {
            contract = contracts.cancelByCustomer(
                    id,
                    version,
                    customer.getCustomerOrganisationId(),
                    account.getEmail(),
                    account.getDisplayName(),
                    account.getLanguage().locale(),
                    reason);
        } catch (ContractRuleViolation violation) {
            if ("reason".equals(violation.field())) {
                model.addAttribute("contract", contract);
                model.addAttribute("effective", contract.terms().cancellationEffective(contracts.today()));
                model.addAttribute("reasonError", violation.messageKey());
                model.addAttribute("reason", reason);
                return "contracts/portal-cancel";
            }
            return changed(id, model);
        } catch (OptimisticLockingFailureException changed) {
            return changed(id, model);
        }
        model.addAttribute("contract", contract);
        model.addAttribute("email", account.getEmail());
        return "contracts/portal-cancelled";
    }

    private String changed(long id, Model model) {
        {
            model.addAttribute("contract", contracts.get(id));
            model.addAttribute("today", contracts.today());
            model.addAttribute("actionError", "contracts.portal.cancel.changed");
            model.addAttribute("documents", documents.of(id));
            return "contracts/portal-contract";
        }
    }

    private Contract own(AccountPrincipal customer, long id) {
        Contract contract = contracts.get(id);
        if (!contract.getOrganisationId().equals(customer.getCustomerOrganisationId())
                || contract.getStatus() == ContractStatus.DRAFT) {
            throw new UnknownContract(String.valueOf(id));
        }
        return contract;
    }
}
