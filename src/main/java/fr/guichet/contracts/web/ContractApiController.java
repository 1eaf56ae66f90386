package fr.guichet.contracts.web;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractLine;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.contracts.Contracts;
import fr.guichet.contracts.UnknownContract;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.ApiProblems;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/contracts}: contracts with their lines and terms, read-only. A customer's token reads its own
 * organisation's contracts (not drafts); staff tokens read any customer's. Anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractApiController {

    private final Contracts contracts;

    ContractApiController(Contracts contracts) {
        this.contracts = contracts;
    }

    record LineView(
            String itemCode,
            String label,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal net,
            VatRate vatRate,
            Recurrence recurrence) {

        static LineView of(ContractLine l) {
            return new LineView(
                    l.itemCode(),
                    l.label(),
                    l.quantity(),
                    l.unitPrice(),
                    l.discountPercent(),
                    l.net().amount(),
                    l.vatRate(),
                    l.recurrence());
        }
    }

    record ContractView(
            long id,
            String reference,
            long organisationId,
            String title,
            ContractStatus status,
            LocalDate startDate,
            LocalDate initialEndDate,
            boolean autoRenewal,
            int renewalMonths,
            int noticeDays,
            LocalDate currentTermEnd,
            LocalDate noticeDeadline,
            LocalDate endsOn,
            List<LineView> lines,
            int version) {

        static ContractView of(Contract c, LocalDate today) {
            return new ContractView(
                    c.getId(),
                    c.getReference(),
                    c.getOrganisationId(),
                    c.getTitle(),
                    c.getStatus(),
                    c.getStartDate(),
                    c.getInitialEndDate(),
                    c.isAutoRenewal(),
                    c.getRenewalMonths(),
                    c.getNoticeDays(),
                    c.getStatus().isRunning() ? c.terms().termEnd(today) : null,
                    c.getStatus().isRunning() && c.isAutoRenewal() ? c.terms().noticeDeadline(today) : null,
                    c.getEndsOn(),
                    c.getLines().stream().map(LineView::of).toList(),
                    c.getVersion());
        }
    }

    @GetMapping
    List<ContractView> list(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(required = false) Long organisationId) {
        LocalDate today = contracts.today();
        if (caller.getKind() == AccountKind.CUSTOMER) {
            return contracts.ofOrganisation(caller.getCustomerOrganisationId(), 500).stream()
                    .filter(c -> c.getStatus() != ContractStatus.DRAFT)
                    .map(c -> ContractView.of(c, today))
                    .toList();
        }
        List<Contract> found =
                organisationId == null ? contracts.latest(500) : contracts.ofOrganisation(organisationId, 500);
        return found.stream().map(c -> ContractView.of(c, today)).toList();
    }

    @GetMapping("/{id}")
    ContractView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        Contract contract = contracts.get(id);
        if (caller.getKind() == AccountKind.CUSTOMER
                && (!contract.getOrganisationId().equals(caller.getCustomerOrganisationId())
                        || contract.getStatus() == ContractStatus.DRAFT)) {
            throw new UnknownContract(String.valueOf(id));
        }
        return ContractView.of(contract, contracts.today());
    }

    @ExceptionHandler(UnknownContract.class)
    ProblemDetail notFound(UnknownContract e) {
        return ApiProblems.notFound("contract");
    }
}
