package fr.guichet.contracts.web;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractBilling;
import fr.guichet.contracts.ContractLine;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractRuleViolation;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.contracts.UnknownContract;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.VatRate;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/contracts}: contracts with their lines and terms. A customer's token reads its own organisation's
 * contracts (not drafts); staff tokens read any customer's; back-office and admin tokens draft contracts, add lines
 * from the catalogue, and activate, suspend, resume or cancel them (with the version read). Anything else is 404.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/contracts")
class ContractApiController {

    private final ContractManagement contracts;

    ContractApiController(ContractManagement contracts) {
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
            BillingView billing,
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
                    BillingView.of(c.billing()),
                    c.getVersion());
        }
    }

    /**
     * How Guichet invoices the contract: {@code frequency} none when it does not; {@code from} none: from the
     * contract's start.
     */
    record BillingView(
            @Nullable BillingFrequency frequency,
            BillingTiming timing,
            boolean validateDirectly,
            @Nullable LocalDate from) {

        static BillingView of(ContractBilling b) {
            return new BillingView(b.frequency(), b.timing(), b.validateDirectly(), b.from());
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

    /** A new contract (a draft) or new terms; dates as ISO dates. */
    record ContractBody(
            Long organisationId,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate startDate,
            @NotNull LocalDate initialEndDate,
            boolean autoRenewal,
            @Min(0) @Max(60) int renewalMonths,
            @Min(0) @Max(365) int noticeDays,
            Integer version) {

        ContractTerms terms() {
            return new ContractTerms(startDate, initialEndDate, autoRenewal, renewalMonths, noticeDays);
        }
    }

    /** A line to add from the catalogue. */
    record LineBody(
            @NotNull Integer version,
            @NotBlank @Size(max = 30) String itemCode,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal quantity,

            @DecimalMin("0") @Digits(integer = 3, fraction = 2)
            BigDecimal discountPercent) {}

    /** Recurring invoicing's settings, with the version read; no frequency: not invoiced by Guichet. */
    record BillingBody(
            @NotNull Integer version,
            BillingFrequency frequency,
            @NotNull BillingTiming timing,
            Boolean validateDirectly,
            LocalDate from) {}

    /** The version read, for an action on the contract. */
    record VersionBody(@NotNull Integer version) {}

    @PostMapping
    ResponseEntity<ContractView> draft(
            @AuthenticationPrincipal AccountPrincipal caller, @Valid @RequestBody ContractBody body) {
        requireEditor(caller);
        if (body.organisationId() == null) {
            throw new ContractRuleViolation("organisationId", "validation.required");
        }
        Contract drafted = contracts.draft(body.organisationId(), body.title(), body.terms());
        return ResponseEntity.status(HttpStatus.CREATED).body(ContractView.of(drafted, contracts.today()));
    }

    @PostMapping("/{id}/lines")
    ResponseEntity<ContractView> addLine(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody LineBody body) {
        requireEditor(caller);
        Contract changed =
                contracts.addLine(id, body.version(), body.itemCode(), body.quantity(), body.discountPercent());
        return ResponseEntity.status(HttpStatus.CREATED).body(ContractView.of(changed, contracts.today()));
    }

    /** Sets how Guichet invoices the contract (recurring invoicing). */
    @PutMapping("/{id}/billing")
    ContractView billing(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody BillingBody body) {
        requireEditor(caller);
        // how a contract is invoiced (and whether its invoices are validated without anyone) is billing's, as on the
        // page (/back/contracts/{id}/billing: BILLING or ADMIN)
        if (!(caller.hasRole(Role.BILLING) || caller.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("Only billing sets how a contract is invoiced");
        }
        Contract changed = contracts.changeBilling(
                id,
                body.version(),
                new ContractBilling(
                        body.frequency(), body.timing(), Boolean.TRUE.equals(body.validateDirectly()), body.from()));
        return ContractView.of(changed, contracts.today());
    }

    @PostMapping("/{id}/{action:activate|suspend|resume|cancel}")
    ContractView act(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @PathVariable String action,
            @Valid @RequestBody VersionBody body) {
        requireEditor(caller);
        Contract changed = switch (action) {
            case "activate" -> contracts.activate(id, body.version());
            case "suspend" -> contracts.suspend(id, body.version());
            case "resume" -> contracts.resume(id, body.version());
            default -> contracts.cancel(id, body.version());
        };
        return ContractView.of(changed, contracts.today());
    }

    /** Writes are for back-office and admin tokens; others are refused (403), told what their account lacks. */
    private static void requireEditor(AccountPrincipal caller) {
        caller.requireKeepsMasterData();
    }
}
