package fr.guichet.billing.web;

import fr.guichet.billing.BillingRefused;
import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.payments.Allocation;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Decimals;
import fr.guichet.shared.Money;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/payments}: payments received from customers and refunds, their allocations to invoices (each
 * undoable with a reason), the credit a customer holds. BILLING and ADMIN tokens only, as the pages; a customer sees
 * their balance on the invoices, never the payments' list.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/payments")
class PaymentApiController {

    record AllocationBody(@NotNull Long invoiceId, @NotNull BigDecimal amount) {}

    /** A payment: amount above zero (a refund below), the day, the method, what the payer gave; its allocations. */
    record PaymentBody(
            @NotNull Long organisationId,
            @NotNull LocalDate receivedOn,
            @NotNull BigDecimal amount,
            @NotNull PaymentMethod method,
            @Size(max = 140) String reference,
            @Size(max = 140) String payerName,
            @Size(max = 34) String payerIban,
            @Size(max = 500) String notes,
            @Valid @Size(max = 200) List<@NotNull AllocationBody> allocations) {}

    record UndoBody(@NotNull @Size(max = 500) String reason) {}

    record AllocationView(
            long id,
            long invoiceId,
            String invoiceNumber,
            BigDecimal amount,
            LocalDate allocatedOn,
            String allocatedBy,
            Instant undoneAt,
            String undoneBy,
            String undoReason) {

        static AllocationView of(Allocation a) {
            return new AllocationView(
                    a.id(),
                    a.invoiceId(),
                    a.invoiceNumber(),
                    a.amount().amount(),
                    a.allocatedOn(),
                    a.allocatedBy(),
                    a.undoneAt(),
                    a.undoneBy(),
                    a.undoReason());
        }
    }

    record PaymentView(
            long id,
            long organisationId,
            LocalDate receivedOn,
            BigDecimal amount,
            PaymentMethod method,
            String reference,
            String payerName,
            String payerIban,
            String notes,
            BigDecimal allocated,
            BigDecimal unallocated,
            List<AllocationView> allocations) {

        static PaymentView of(Payment p, List<Allocation> allocations) {
            return new PaymentView(
                    p.id(),
                    p.organisationId(),
                    p.receivedOn(),
                    p.amount().amount(),
                    p.method(),
                    p.reference(),
                    p.payerName(),
                    p.payerIban(),
                    p.notes(),
                    p.allocated().amount(),
                    p.unallocated().amount(),
                    allocations.stream().map(AllocationView::of).toList());
        }
    }

    record CreditView(long organisationId, BigDecimal credit) {}

    private final PaymentManagement payments;

    PaymentApiController(PaymentManagement payments) {
        this.payments = payments;
    }

    @GetMapping
    List<PaymentView> list(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(required = false) Long organisationId) {
        BillingRefused.requireKeepsInvoices(caller);
        return payments.page(new PaymentManagement.Filter(organisationId, null, null, null, false), null, 500).stream()
                .map(p -> PaymentView.of(p, List.of()))
                .toList();
    }

    @GetMapping("/{id}")
    PaymentView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        BillingRefused.requireKeepsInvoices(caller);
        return view(id);
    }

    @GetMapping("/credit")
    CreditView credit(@AuthenticationPrincipal AccountPrincipal caller, @RequestParam long organisationId) {
        BillingRefused.requireKeepsInvoices(caller);
        return new CreditView(organisationId, payments.creditOf(organisationId).amount());
    }

    @PostMapping
    ResponseEntity<PaymentView> receive(
            @AuthenticationPrincipal AccountPrincipal caller,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody PaymentBody body) {
        BillingRefused.requireKeepsInvoices(caller);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && !key.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new BillingRuleViolation("Idempotency-Key", "billing.error.idempotency-key");
        }
        Money amount = money(body.amount(), "amount");
        List<NewAllocation> allocations = body.allocations() == null
                ? List.of()
                : body.allocations().stream()
                        .map(a -> new NewAllocation(a.invoiceId(), money(a.amount(), "allocations")))
                        .toList();
        NewPayment payment = new NewPayment(
                body.organisationId(),
                body.receivedOn(),
                amount,
                body.method(),
                body.reference(),
                body.payerName(),
                body.payerIban(),
                null,
                body.notes());
        if (key == null) {
            Payment saved = payments.receive(payment, allocations, caller.getDisplayName());
            return ResponseEntity.status(HttpStatus.CREATED).body(view(saved.id()));
        }
        // the caller's own key, as its integration account sent it: another account's key never meets it
        String submission = "api-"
                + java.util.UUID.nameUUIDFromBytes(
                        (caller.getUsername() + "\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<Payment> earlier = payments.bySubmission(submission);
        Payment saved;
        try {
            saved = payments.receiveOnce(submission, payment, allocations, caller.getDisplayName());
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            saved = payments.bySubmission(submission).orElseThrow(() -> sentTwiceAtOnce);
            earlier = Optional.of(saved);
        }
        // a repeated call is answered with the payment its first call recorded, 200 instead of 201
        return ResponseEntity.status(earlier.isPresent() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(view(saved.id()));
    }

    /** Credit the payment holds, allocated to another invoice of its customer. */
    @PostMapping("/{id}/allocations")
    ResponseEntity<PaymentView> allocate(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody AllocationBody body) {
        BillingRefused.requireKeepsInvoices(caller);
        payments.allocate(id, body.invoiceId(), money(body.amount(), "amount"), caller.getDisplayName());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(id));
    }

    @PostMapping("/allocations/{allocationId}/undo")
    AllocationView undo(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long allocationId,
            @Valid @RequestBody UndoBody body) {
        BillingRefused.requireKeepsInvoices(caller);
        return AllocationView.of(payments.undo(allocationId, body.reason(), caller.getDisplayName()));
    }

    private PaymentView view(long id) {
        return PaymentView.of(payments.get(id), payments.allocationsOfPayment(id));
    }

    private static Money money(BigDecimal amount, String field) {
        if (!Decimals.fits(amount.abs().stripTrailingZeros(), 12, 2)) {
            throw new BillingRuleViolation(field, "billing.error.amount-unreadable");
        }
        if (amount.signum() == 0) {
            throw new BillingRuleViolation(field, "billing.error.payment-amount");
        }
        return new Money(amount, Money.EUR);
    }
}
