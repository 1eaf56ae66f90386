package fr.guichet.contracts.web;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractRuleViolation;
import fr.guichet.contracts.ContractSettings;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.web.PageAction;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contracts in the back office: the latest ones and those coming up for renewal, a contract's terms and lines, and
 * the actions of its life (activate, suspend, resume, cancel).
 */
@Controller
@RequestMapping("/back/contracts")
class BackContractController {

    private final ContractManagement contracts;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final ContractDocumentManagement documents;
    private final int alertDays;

    BackContractController(
            ContractManagement contracts,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            ContractDocumentManagement documents,
            ContractSettings settings) {
        this.contracts = contracts;
        this.customers = customers;
        this.catalogue = catalogue;
        this.documents = documents;
        this.alertDays = settings.renewalAlertDays();
    }

    @GetMapping
    String list(@RequestParam(required = false) ContractStatus status, Model model) {
        List<Contract> shown = contracts.latest(status, 200);
        model.addAttribute("contracts", shown);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("counts", contracts.countsByStatus());
        model.addAttribute("renewals", contracts.upForRenewal(alertDays));
        model.addAttribute("alertDays", alertDays);
        model.addAttribute(
                "organisationNames",
                customers.names(shown.stream().map(Contract::getOrganisationId).toList()));
        model.addAttribute("today", contracts.today());
        return "contracts/list";
    }

    @GetMapping("/new")
    String blank(@RequestParam(required = false) Long organisationId, Model model) {
        model.addAttribute("form", ContractForm.blank(organisationId, contracts.today()));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.organisationId() != null
                && customers.organisation(form.organisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "typeMismatch");
        }
        if (!errors.hasErrors()) {
            try {
                Contract contract = contracts.draft(form.organisationId(), form.title(), form.terms());
                return done(redirect, contract, "contracts.saved");
            } catch (ContractRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Contract contract = contracts.get(id);
        model.addAttribute("form", ContractForm.of(contract));
        return form(model, contract);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = contracts.get(id);
        if (!errors.hasErrors()) {
            try {
                return done(
                        redirect, contracts.change(id, form.version(), form.title(), form.terms()), "contracts.saved");
            } catch (ContractRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, contract);
    }

    /** Recurring invoicing's settings of the contract; what is wrong is shown next to its field. */
    @PostMapping("/{id}/billing")
    String billing(
            @PathVariable long id,
            @Valid @ModelAttribute("billingForm") BillingForm billingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = contracts.get(id);
        if (!errors.hasErrors()) {
            try {
                return done(
                        redirect,
                        contracts.changeBilling(id, billingForm.version(), billingForm.billing()),
                        "recurring.saved");
            } catch (ContractRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        model.addAttribute("form", ContractForm.of(contract));
        return form(model, contract);
    }

    @PostMapping("/{id}/lines")
    String addLine(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String itemCode,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "0") String discountPercent,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "contracts.line.added",
                "line",
                () -> contracts.addLine(
                        id,
                        version,
                        itemCode,
                        number(quantity, "quantity"),
                        number(discountPercent, "discountPercent")));
    }

    @PostMapping("/{id}/documents")
    String attach(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Contract contract = contracts.get(id);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String filename = file == null ? "" : file.getOriginalFilename();
        return act(id, model, redirect, "contracts.document.added", "file", () -> {
            documents.attach(id, filename, content, user.getDisplayName());
            return contract;
        });
    }

    @PostMapping("/{id}/lines/{index}/remove")
    String removeLine(
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id, model, redirect, "contracts.line.removed", "line", () -> contracts.removeLine(id, version, index));
    }

    @PostMapping("/{id}/{action:activate|suspend|resume|cancel}")
    String transition(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, redirect, "contracts." + action + ".done", "status", () -> switch (action) {
            case "activate" -> contracts.activate(id, version);
            case "suspend" -> contracts.suspend(id, version);
            case "resume" -> contracts.resume(id, version);
            default -> contracts.cancel(id, version);
        });
    }

    /** Carries out an action; a broken rule or a concurrent change shows the contract again with the reason. */
    private String act(
            long id, Model model, RedirectAttributes redirect, String flash, String field, Supplier<Contract> action) {
        return PageAction.run(() -> done(redirect, action.get(), flash), "admin.error.conflict", reason -> {
            model.addAttribute("actionError", reason);
            Contract contract = contracts.get(id);
            model.addAttribute("form", ContractForm.of(contract));
            return form(model, contract);
        });
    }

    /** The number typed, read within the column's bounds (no exponent, no thousand digits): a quick, clear refusal. */
    private static BigDecimal number(String typed, String field) {
        boolean quantity = "quantity".equals(field);
        return Decimals.parse(typed, quantity ? 10 : 3, 2)
                .orElseThrow(() ->
                        new ContractRuleViolation(field, "contracts.error." + (quantity ? "quantity" : "discount")));
    }

    private static String done(RedirectAttributes redirect, Contract contract, String flash) {
        return PageAction.done(redirect, flash, contract.getReference(), "/back/contracts/" + contract.getId());
    }

    private String form(Model model, Contract contract) {
        model.addAttribute("contract", contract);
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute(
                "items",
                catalogue.all().stream().filter(CatalogueItem::isActive).toList());
        model.addAttribute("today", contracts.today());
        model.addAttribute("recurrences", Recurrence.values());
        if (contract != null && !model.containsAttribute("billingForm")) {
            model.addAttribute("billingForm", BillingForm.of(contract));
        }
        model.addAttribute("billingFrequencies", BillingFrequency.values());
        model.addAttribute("billingTimings", BillingTiming.values());
        model.addAttribute("versions", contract == null ? List.of() : contracts.versions(contract.getId()));
        model.addAttribute("documents", contract == null ? List.of() : documents.of(contract.getId()));
        return "contracts/form";
    }
}
