package fr.guichet.quotes.web;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteCallerRefused;
import fr.guichet.quotes.QuoteLine;
import fr.guichet.quotes.QuoteList;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.quotes.QuoteRuleViolation;
import fr.guichet.quotes.QuoteStatus;
import fr.guichet.quotes.UnknownQuote;
import fr.guichet.shared.Language;
import fr.guichet.shared.VatRate;
import fr.guichet.shared.web.RestApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/quotes}: the same rules as the pages. A customer's token reads the quotes sent to its organisation
 * (any other: 404) and may accept them; front-office, billing and admin tokens draft quotes, add lines and send them;
 * billing and admin tokens (people, or integration accounts given the role) record an acceptance collected elsewhere
 * ("accept for integrations"). Changes
 * carry the version read (409 otherwise); broken rules are problem details naming the field.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/quotes")
class QuoteApiController {

    private final QuoteManagement quotes;
    private final QuoteList list;

    QuoteApiController(QuoteManagement quotes, QuoteList list) {
        this.quotes = quotes;
        this.list = list;
    }

    record QuoteLineView(
            @Nullable String itemCode,
            String description,
            BigDecimal quantity,
            Unit unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            VatRate vatRate,
            @Nullable String exemptionNote,
            Recurrence recurrence,
            BigDecimal net) {

        static QuoteLineView of(QuoteLine l) {
            return new QuoteLineView(
                    l.itemCode(),
                    l.description(),
                    l.quantity(),
                    l.unit(),
                    l.unitPrice(),
                    l.discountPercent(),
                    l.vatRate(),
                    l.exemptionNote(),
                    l.recurrence(),
                    l.net().amount());
        }
    }

    record QuoteView(
            long id,
            String reference,
            long organisationId,
            @Nullable Long requestId,
            String title,
            QuoteStatus status,
            int revision,
            LocalDate validUntil,
            @Nullable String notes,
            Language language,
            List<QuoteLineView> lines,
            BigDecimal totalNet,
            BigDecimal totalVat,
            BigDecimal totalGross,
            @Nullable String signerName,
            @Nullable String signerRole,
            @Nullable Instant acceptedAt,
            @Nullable String acceptedPdfSha256,
            @Nullable String acceptanceRecordedBy,
            @Nullable String termsSha256,
            @Nullable Long contractId,
            @Nullable Long invoiceId,
            int version) {

        static QuoteView of(Quote q, LocalDate today) {
            var totals = q.totals();
            return new QuoteView(
                    q.getId(),
                    q.getReference(),
                    q.getOrganisationId(),
                    q.getRequestId(),
                    q.getTitle(),
                    q.statusOn(today),
                    q.getRevision(),
                    q.getValidUntil(),
                    q.getNotes(),
                    q.getLanguage(),
                    q.getLines().stream().map(QuoteLineView::of).toList(),
                    totals.net().amount(),
                    totals.vat().amount(),
                    totals.gross().amount(),
                    q.getSignerName(),
                    q.getSignerRole(),
                    q.getAcceptedAt(),
                    q.getAcceptedPdfSha256(),
                    q.getAcceptedRecordedBy(),
                    q.getTermsSha256(),
                    q.getContractId(),
                    q.getInvoiceId(),
                    q.getVersion());
        }
    }

    /** A new quote (a draft). */
    record QuoteBody(
            Long organisationId,
            @Nullable Long requestId,
            String title,
            @Nullable LocalDate validUntil,
            @Nullable String notes,
            @Nullable Language language) {}

    /** A line to add: a catalogue item's code (its label, price and rate copied), or every field of a free line. */
    record QuoteLineBody(
            @NotNull Integer version,
            @Nullable String itemCode,
            @Nullable String description,
            BigDecimal quantity,
            @Nullable Unit unit,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal discountPercent,
            @Nullable VatRate vatRate,
            @Nullable String exemptionNote,
            @Nullable Recurrence recurrence) {}

    /** Sending: the version read and the recipient's email address. */
    record QuoteSendBody(@NotNull Integer version, String recipient) {}

    /** An acceptance: the version read, who signs and as what, and (integrations) the signer's IP address. */
    record QuoteAcceptBody(
            @NotNull Integer version,
            String signerName,
            String signerRole,
            @Nullable String ipAddress) {}

    @GetMapping
    List<QuoteView> list(
            @AuthenticationPrincipal AccountPrincipal caller,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) QuoteStatus status) {
        LocalDate today = quotes.today();
        if (caller.getKind() == AccountKind.CUSTOMER) {
            Long own = caller.getCustomerOrganisationId();
            return own == null
                    ? List.of()
                    : quotes.sentTo(own, 500).stream()
                            .map(q -> QuoteView.of(q, today))
                            .toList();
        }
        requireReader(caller);
        return list.page(new QuoteList.Filter(status, organisationId, null, null), null, 500).rows().stream()
                .map(row -> QuoteView.of(quotes.get(row.id()), today))
                .toList();
    }

    @GetMapping("/{id}")
    QuoteView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return QuoteView.of(readable(caller, id), quotes.today());
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        Quote quote = readable(caller, id);
        byte[] content = caller.getKind() == AccountKind.CUSTOMER
                ? quotes.document(id, quote.getRevision(), false)
                        .or(() -> quotes.document(id, Math.max(1, quote.getRevision() - 1), false))
                        .orElseThrow(() -> new UnknownQuote(String.valueOf(id)))
                : quotes.currentPdf(quote);
        return QuotePages.pdf(content, quote.getReference() + ".pdf");
    }

    @PostMapping
    ResponseEntity<QuoteView> draft(@AuthenticationPrincipal AccountPrincipal caller, @RequestBody QuoteBody body) {
        requireDrafter(caller);
        if (body.organisationId() == null) {
            throw new QuoteRuleViolation("organisationId", "quotes.error.customer");
        }
        Quote drafted = quotes.draft(
                body.organisationId(),
                body.requestId(),
                body.title() == null ? "" : body.title(),
                body.validUntil(),
                body.notes(),
                body.language(),
                caller.getDisplayName());
        return ResponseEntity.status(HttpStatus.CREATED).body(QuoteView.of(drafted, quotes.today()));
    }

    @PostMapping("/{id}/lines")
    ResponseEntity<QuoteView> addLine(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody QuoteLineBody body) {
        requireDrafter(caller);
        quotes.get(id);
        Quote changed = body.itemCode() != null && !body.itemCode().isBlank()
                ? quotes.addCatalogueLine(id, body.version(), body.itemCode(), body.quantity(), body.discountPercent())
                : quotes.addLine(
                        id,
                        body.version(),
                        new QuoteLine(
                                null,
                                body.description() == null ? "" : body.description(),
                                body.quantity(),
                                body.unit(),
                                body.unitPrice(),
                                body.discountPercent() == null ? BigDecimal.ZERO : body.discountPercent(),
                                body.vatRate(),
                                body.exemptionNote(),
                                body.recurrence()));
        return ResponseEntity.status(HttpStatus.CREATED).body(QuoteView.of(changed, quotes.today()));
    }

    @PostMapping("/{id}/send")
    QuoteView send(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody QuoteSendBody body) {
        requireDrafter(caller);
        quotes.get(id);
        return QuoteView.of(quotes.send(id, body.version(), body.recipient(), caller.getDisplayName()), quotes.today());
    }

    /** An IPv4 address, or an IPv6 one (hexadecimal groups and colons, an IPv4 tail allowed). */
    private static final Pattern IP_ADDRESS = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    @PostMapping("/{id}/accept")
    QuoteView accept(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody QuoteAcceptBody body,
            HttpServletRequest http) {
        Quote quote;
        String address = http.getRemoteAddr();
        if (caller.getKind() == AccountKind.CUSTOMER) {
            quote = quotes.ownedBy(id, caller.getCustomerOrganisationId());
        } else {
            // an acceptance collected elsewhere is recorded by billing (a person or an integration account with the
            // role), never by any staff token
            if (!(caller.hasRole(Role.BILLING) || caller.hasRole(Role.ADMIN))) {
                throw new QuoteCallerRefused("quotes.api.accept", caller);
            }
            quote = quotes.get(id);
            if (body.ipAddress() != null && !body.ipAddress().isBlank()) {
                address = body.ipAddress().strip();
            }
        }
        if (address.length() > 45 || !IP_ADDRESS.matcher(address).matches()) {
            throw new QuoteRuleViolation("ipAddress", "quotes.error.ip");
        }
        Quote accepted = caller.getKind() == AccountKind.CUSTOMER
                ? quotes.accept(
                        id, body.version(), quote.getOrganisationId(), body.signerName(), body.signerRole(), address)
                : quotes.acceptOnBehalf(id, body.version(), body.signerName(), body.signerRole(), address, caller);
        return QuoteView.of(accepted, quotes.today());
    }

    /**
     * A customer's token reads only the quotes sent to its organisation; the staff who open quotes on the pages (front
     * office, billing, administrators) read every quote; other staff tokens none (403).
     */
    private Quote readable(AccountPrincipal caller, long id) {
        if (caller.getKind() == AccountKind.CUSTOMER) {
            return quotes.asCustomerSeesIt(quotes.ownedBy(id, caller.getCustomerOrganisationId()));
        }
        requireReader(caller);
        return quotes.get(id);
    }

    /** Reading every customer's quotes: the pages' rule ({@code /desk/quotes}, {@code /back/billing/quotes}). */
    private static void requireReader(AccountPrincipal caller) {
        if (!(caller.hasRole(Role.FRONT_OFFICE) || caller.hasRole(Role.BILLING) || caller.hasRole(Role.ADMIN))) {
            throw new QuoteCallerRefused("quotes.api.read", caller);
        }
    }

    /** Drafting and sending: front office, billing and admin, as on the pages. */
    private static void requireDrafter(AccountPrincipal caller) {
        if (!(caller.hasRole(Role.FRONT_OFFICE) || caller.hasRole(Role.BILLING) || caller.hasRole(Role.ADMIN))) {
            throw new QuoteCallerRefused("quotes.api.draft", caller);
        }
    }
}
