package fr.guichet.billing.web;

import fr.guichet.billing.BillingRefused;
import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceLineInput;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.LifecycleStatus;
import fr.guichet.billing.PaymentTerms;
import fr.guichet.billing.RenderingUnavailable;
import fr.guichet.billing.UnknownInvoice;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.billing.web.InvoiceViews.InvoiceView;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.ApiProblems;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.Versions;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/invoices}: invoices, deposit invoices and credit notes. BILLING and ADMIN tokens draft them, add
 * lines, validate, credit, mark sent, record payments and lifecycle statuses (with the version read), and read every
 * invoice and file; other staff tokens read the issued invoices and their PDF, as the 360° views show them (a draft is
 * 404, the Factur-X and UBL files 403); a customer's token reads its own organisation's issued ones (drafts and
 * others' are 404).
 */
@RestController
@RestApi
@RequestMapping("/api/v1/invoices")
class InvoiceApiController {

    private final InvoiceManagement invoices;
    private final InvoiceLineInput input;
    private final TransactionTemplate atOnce;
    private final InvoiceFiles files;
    private final PaymentManagement payments;

    InvoiceApiController(
            InvoiceManagement invoices,
            InvoiceLineInput input,
            PlatformTransactionManager transactions,
            InvoiceFiles files,
            PaymentManagement payments) {
        this.payments = payments;
        this.invoices = invoices;
        this.files = files;
        this.input = input;
        this.atOnce = new TransactionTemplate(transactions);
    }

    /** A line: a catalogue item's code fills what is left out; or a free line with all its fields. */
    record InvoiceLineBody(
            @Size(max = 30) String itemCode,
            @Size(max = 500) String description,
            @NotNull BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            String vatRate,
            @Size(max = 200) String exemptionNote,
            Long requestId) {

        InvoiceLineInput.Typed typed() {
            return new InvoiceLineInput.Typed(
                    itemCode,
                    description,
                    quantity,
                    unit,
                    unitPrice,
                    discountPercent,
                    vatRate,
                    exemptionNote,
                    requestId);
        }
    }

    record NewInvoice(
            @NotNull Long organisationId,
            InvoiceKind kind,
            LocalDate serviceFrom,
            LocalDate serviceTo,
            @Size(max = 60) String purchaseOrder,
            Long quoteId,
            Integer paymentTermsDays,
            Boolean paymentTermsEndOfMonth,
            @Size(max = 2000) String notes,
            @Valid List<InvoiceLineBody> lines) {}

    record NewInvoiceLine(
            @NotNull Integer version, @NotNull @Valid InvoiceLineBody line) {}

    record InvoiceVersion(@NotNull Integer version) {}

    record NewCreditNote(@Valid List<InvoiceLineBody> lines) {}

    record InvoiceSending(@NotNull Integer version, boolean byEmail) {}

    /**
     * A payment of this invoice (or, negative, a refund of what it owes back): the version read, the amount, and when
     * known the day it was received (today otherwise), the method (a transfer otherwise) and the payer's reference.
     */
    record InvoicePayment(
            @NotNull Integer version,
            @NotNull BigDecimal amount,
            LocalDate receivedOn,
            PaymentMethod method,
            @Size(max = 140) String reference) {}

    record InvoiceLifecycle(
            @NotNull Integer version,
            @NotNull LifecycleStatus status,
            @Size(max = 500) String reason) {}

    @GetMapping
    List<InvoiceView> list(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(required = false) Long organisationId) {
        LocalDate today = invoices.today();
        if (caller.getKind() == AccountKind.CUSTOMER) {
            return invoices.ofOrganisation(caller.getCustomerOrganisationId(), 500).stream()
                    .filter(i -> i.getStatus().isIssued())
                    .map(i -> InvoiceView.of(i, today))
                    .toList();
        }
        if (organisationId == null) {
            throw new BillingRuleViolation("organisationId", "billing.error.customer");
        }
        boolean drafts = BillingRefused.keepsInvoices(caller);
        return invoices.ofOrganisation(organisationId, 500).stream()
                .filter(i -> drafts || i.getStatus().isIssued())
                .map(i -> InvoiceView.of(i, today))
                .toList();
    }

    @GetMapping("/{id}")
    InvoiceView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return InvoiceView.of(visible(caller, id), invoices.today());
    }

    @PostMapping
    ResponseEntity<InvoiceView> create(
            @AuthenticationPrincipal AccountPrincipal caller, @Valid @RequestBody NewInvoice body) {
        BillingRefused.requireKeepsInvoices(caller);
        Locale language = Locale.forLanguageTag(caller.getLanguage() == null ? "fr" : caller.getLanguage());
        // all or nothing: a draft whose third line is refused is not saved with two
        Invoice created = atOnce.execute(status -> {
            List<InvoiceDraft.Line> lines = new ArrayList<>();
            for (InvoiceLineBody line : body.lines() == null ? List.<InvoiceLineBody>of() : body.lines()) {
                lines.add(input.line(line.typed(), language));
            }
            InvoiceKind kind = body.kind() == null ? InvoiceKind.INVOICE : body.kind();
            if (kind == InvoiceKind.CREDIT_NOTE) {
                throw new BillingRuleViolation("kind", "billing.error.credit-note-from-invoice");
            }
            Invoice draft = invoices.create(
                    new InvoiceDraft(
                            body.organisationId(),
                            kind,
                            body.serviceFrom(),
                            body.serviceTo(),
                            body.purchaseOrder(),
                            body.quoteId(),
                            null,
                            null,
                            lines),
                    caller.getDisplayName());
            if (body.paymentTermsDays() != null || body.notes() != null) {
                PaymentTerms terms = body.paymentTermsDays() == null
                        ? draft.paymentTerms()
                        : new PaymentTerms(body.paymentTermsDays(), Boolean.TRUE.equals(body.paymentTermsEndOfMonth()));
                draft = invoices.change(
                        draft.getId(),
                        draft.getVersion(),
                        draft.getServiceFrom(),
                        draft.getServiceTo(),
                        draft.getPurchaseOrder(),
                        terms,
                        body.notes(),
                        caller.getDisplayName());
            }
            return draft;
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceView.of(created, invoices.today()));
    }

    @PostMapping("/{id}/lines")
    ResponseEntity<InvoiceView> addLine(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody NewInvoiceLine body) {
        BillingRefused.requireKeepsInvoices(caller);
        Locale language = Locale.forLanguageTag(caller.getLanguage() == null ? "fr" : caller.getLanguage());
        Invoice changed = invoices.addLine(
                id, body.version(), input.line(body.line().typed(), language), caller.getDisplayName());
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceView.of(changed, invoices.today()));
    }

    @PostMapping("/{id}/validate")
    InvoiceView validate(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody InvoiceVersion body) {
        BillingRefused.requireKeepsInvoices(caller);
        return InvoiceView.of(invoices.validateDraft(id, body.version(), caller.getDisplayName()), invoices.today());
    }

    @PostMapping("/{id}/credit-notes")
    ResponseEntity<InvoiceView> creditNote(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody NewCreditNote body) {
        BillingRefused.requireKeepsInvoices(caller);
        invoices.get(id);
        Locale language = Locale.forLanguageTag(caller.getLanguage() == null ? "fr" : caller.getLanguage());
        Invoice note = atOnce.execute(status -> {
            List<InvoiceDraft.Line> lines = new ArrayList<>();
            for (InvoiceLineBody line : body.lines() == null ? List.<InvoiceLineBody>of() : body.lines()) {
                lines.add(input.line(line.typed(), language));
            }
            return invoices.draftCreditNote(id, lines, caller.getDisplayName());
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceView.of(note, invoices.today()));
    }

    @PostMapping("/{id}/send")
    InvoiceView send(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody InvoiceSending body) {
        BillingRefused.requireKeepsInvoices(caller);
        return InvoiceView.of(
                invoices.markSent(id, body.version(), body.byEmail(), caller.getDisplayName()), invoices.today());
    }

    @PostMapping("/{id}/payments")
    InvoiceView pay(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody InvoicePayment body) {
        BillingRefused.requireKeepsInvoices(caller);
        if (!Decimals.fits(body.amount().abs().stripTrailingZeros(), 12, 2)) {
            throw new BillingRuleViolation("amount", "billing.error.amount-unreadable");
        }
        if (body.amount().signum() == 0) {
            throw new BillingRuleViolation("amount", "billing.error.payment-amount");
        }
        Invoice invoice = invoices.get(id);
        Versions.require("Invoice " + id, invoice.getVersion(), body.version());
        Money amount = new Money(body.amount(), Money.EUR);
        payments.receive(
                new NewPayment(
                        invoice.getOrganisationId(),
                        body.receivedOn() == null ? payments.today() : body.receivedOn(),
                        amount,
                        body.method() == null ? PaymentMethod.TRANSFER : body.method(),
                        body.reference(),
                        null,
                        null,
                        null,
                        null),
                List.of(new NewAllocation(id, amount)),
                caller.getDisplayName());
        return InvoiceView.of(invoices.get(id), invoices.today());
    }

    @PostMapping("/{id}/lifecycle")
    InvoiceView lifecycle(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody InvoiceLifecycle body) {
        BillingRefused.requireKeepsInvoices(caller);
        return InvoiceView.of(
                invoices.moveLifecycle(id, body.version(), body.status(), body.reason(), caller.getDisplayName()),
                invoices.today());
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return InvoiceDownloads.download(files.pdf(issued(caller, id)));
    }

    @GetMapping("/{id}/factur-x")
    ResponseEntity<byte[]> facturX(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        requireCustomerOrBilling(caller);
        return InvoiceDownloads.download(files.facturX(issued(caller, id)));
    }

    @GetMapping("/{id}/ubl")
    ResponseEntity<byte[]> ubl(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        requireCustomerOrBilling(caller);
        return InvoiceDownloads.download(files.ubl(issued(caller, id)));
    }

    @ExceptionHandler(RenderingUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(RenderingUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), "unavailable"));
    }

    private Invoice issued(AccountPrincipal caller, long id) {
        Invoice invoice = visible(caller, id);
        if (!invoice.getStatus().isIssued()) {
            throw new BillingRuleViolation("status", "billing.error.not-validated");
        }
        return invoice;
    }

    /** The e-invoice files are the customer's own and billing's (the 360° views give staff the PDF). */
    private static void requireCustomerOrBilling(AccountPrincipal caller) {
        if (caller.getKind() != AccountKind.CUSTOMER) {
            BillingRefused.requireKeepsInvoices(caller);
        }
    }

    private Invoice visible(AccountPrincipal caller, long id) {
        Invoice invoice = caller.getKind() == AccountKind.CUSTOMER
                ? invoices.ofCustomer(id, caller.getCustomerOrganisationId())
                : invoices.get(id);
        if (!invoice.getStatus().isIssued() && !BillingRefused.keepsInvoices(caller)) {
            throw new UnknownInvoice(String.valueOf(id)); // a draft is billing's own work
        }
        return invoice;
    }
}
