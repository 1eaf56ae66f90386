package fr.guichet.quotes;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.company.TermsOfSale;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.quotes.internal.QuoteRepository;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestEventKind;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import fr.guichet.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quotes: drafted for a customer (or from a pre-sales request, in one action), lines from the catalogue or free, sent
 * (the PDF of the revision kept, with the terms of sale's hash), accepted online with its proof or declined, and
 * expired past their validity date. The pages and the API of every zone call these, so they share every rule.
 */
@Service
@Transactional
public class QuoteManagement {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final QuoteRepository quotes;
    private final CatalogueManagement catalogue;
    private final CustomerManagement customers;
    private final RequestManagement requests;
    private final UserManagement users;
    private final TermsOfSaleManagement terms;
    private final QuotePdf pdf;
    private final QuoteFiles files;
    private final QuoteSettings settings;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuoteManagement(
            QuoteRepository quotes,
            CatalogueManagement catalogue,
            CustomerManagement customers,
            RequestManagement requests,
            UserManagement users,
            TermsOfSaleManagement terms,
            QuotePdf pdf,
            QuoteFiles files,
            QuoteSettings settings,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.quotes = quotes;
        this.catalogue = catalogue;
        this.customers = customers;
        this.requests = requests;
        this.users = users;
        this.terms = terms;
        this.pdf = pdf;
        this.files = files;
        this.settings = settings;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft for a customer; {@code validUntil} none: the default validity from today. */
    public Quote draft(
            long organisationId,
            @Nullable Long requestId,
            String title,
            @Nullable LocalDate validUntil,
            @Nullable String notes,
            @Nullable Language language,
            String by) {
        if (customers.organisation(organisationId).isEmpty()) {
            throw new QuoteRuleViolation("organisationId", "quotes.error.customer");
        }
        if (requestId != null
                && requests.find(requestId)
                        .map(Request::getOrganisationId)
                        .filter(owner -> owner == organisationId)
                        .isEmpty()) {
            // the quote would be shown on, and sent to the requester of, another customer's request
            throw new QuoteRuleViolation("requestId", "quotes.error.request-not-customers");
        }
        return draft(organisationId, requestId, title, validUntil, notes, language, by, clock.instant());
    }

    /** A new draft at {@code now} (the demo's past, or the present): its reference takes the year of that day. */
    Quote draft(
            long organisationId,
            @Nullable Long requestId,
            String title,
            @Nullable LocalDate validUntil,
            @Nullable String notes,
            @Nullable Language language,
            String by,
            Instant now) {
        LocalDate today = now.atZone(PARIS).toLocalDate();
        String reference = String.format(Locale.ROOT, "DEV-%d-%05d", today.getYear(), quotes.nextReferenceNumber());
        return quotes.save(Quote.draft(
                reference,
                organisationId,
                requestId,
                title,
                validUntil == null ? today.plusDays(settings.validityDays()) : validUntil,
                notes,
                language,
                by,
                today,
                now));
    }

    /**
     * The quote of a pre-sales request, made in one action: the request's customer, its subject as the title, the
     * default validity. A request that already has a quote gets that one back, not a second.
     */
    public Quote fromRequest(long requestId, String by) {
        Request request = requests.get(requestId);
        Optional<Quote> existing = quotes.ofRequest(requestId).stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (request.getCategory() != Category.PRE_SALES) {
            throw new QuoteRuleViolation("request", "quotes.error.not-pre-sales");
        }
        if (request.getOrganisationId() == null) {
            throw new QuoteRuleViolation("request", "quotes.error.no-customer");
        }
        return draft(request.getOrganisationId(), requestId, request.getSubject(), null, null, null, by);
    }

    public Quote change(
            long id,
            int version,
            String title,
            LocalDate validUntil,
            @Nullable String notes,
            @Nullable Language language) {
        return act(id, version, quote -> quote.change(title, validUntil, notes, language, today(), clock.instant()));
    }

    /** Adds a free line (or one whose fields were typed from a catalogue item). */
    public Quote addLine(long id, int version, QuoteLine line) {
        return act(id, version, quote -> quote.addLine(line, clock.instant()));
    }

    /**
     * Adds a catalogue item: its name in the quote's language, unit, price, VAT rate (with its exemption) and
     * recurrence copied as they are today; quantity and discount as given.
     */
    public Quote addCatalogueLine(
            long id, int version, String itemCode, BigDecimal quantity, BigDecimal discountPercent) {
        CatalogueItem item = catalogue
                .byCode(itemCode == null ? "" : itemCode.strip())
                .filter(CatalogueItem::isActive)
                .orElseThrow(() -> new QuoteRuleViolation("itemCode", "quotes.error.item"));
        Quote quote = get(id);
        return addLine(id, version, catalogueLine(item, quote.getLanguage(), quantity, discountPercent));
    }

    /** A line copying a catalogue item as it is today: its name in {@code language}, unit, price, VAT, recurrence. */
    static QuoteLine catalogueLine(
            CatalogueItem item, Language language, BigDecimal quantity, @Nullable BigDecimal discountPercent) {
        return new QuoteLine(
                item.getCode(),
                language == Language.EN ? item.getNameEn() : item.getNameFr(),
                quantity,
                item.getUnit(),
                item.getUnitPrice().amount(),
                discountPercent == null ? BigDecimal.ZERO : discountPercent,
                item.getVatRate(),
                item.getVatExemption(),
                item.getRecurrence());
    }

    public Quote removeLine(long id, int version, int index) {
        return act(id, version, quote -> quote.removeLine(index, clock.instant()));
    }

    /**
     * Sends the quote: the terms of sale in force are attached (there must be some), the PDF of this revision is made
     * and kept as sent, and the customer is told by email at {@code recipient} with the PDF ({@link QuoteSent}); no
     * recipient given: the quote's own ({@link #recipientOf(Quote)}).
     */
    public Quote send(long id, int version, @Nullable String recipient, String by) {
        TermsOfSale inForce =
                terms.current().orElseThrow(() -> new QuoteRuleViolation("status", "quotes.error.no-terms"));
        String email = recipient == null || recipient.isBlank() ? recipientOf(get(id)) : recipient.strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            throw new QuoteRuleViolation("recipient", "quotes.error.recipient");
        }
        Quote quote = get(id);
        Versions.require("Quote " + id, quote.getVersion(), version);
        Quote sent = send(quote, inForce, clock.instant());
        toRequest(sent, RequestEventKind.QUOTE_SENT, email, new Actor(null, by));
        events.publishEvent(new QuoteSent(
                sent.getId(),
                sent.getReference(),
                sent.getRevision(),
                email,
                sent.getLanguage().locale(),
                by));
        return sent;
    }

    /**
     * Sends the quote at {@code now} with the terms {@code inForce}, keeping the PDF of this revision as sent; tells
     * no one (the email is {@link #send(long, int, String, String)}'s).
     */
    Quote send(Quote quote, TermsOfSale inForce, Instant now) {
        quote.send(inForce.sha256(), now.atZone(PARIS).toLocalDate(), now);
        Quote sent = quotes.save(quote);
        files.keep(
                sent.getId(),
                sent.getRevision(),
                QuoteFiles.SENT,
                pdf.quote(sent, inForce, now),
                json.writeValueAsString(QuoteSnapshot.of(sent)),
                now);
        return sent;
    }

    /**
     * The customer accepts the revision sent, from their portal: only a quote of their own organisation (else unknown),
     * only while valid. The proof keeps the SHA-256 of the PDF they were shown and of the terms attached, and the
     * acceptance certificate is made and kept.
     */
    public Quote accept(
            long id, int version, long organisationId, String signerName, String signerRole, String ipAddress) {
        Quote own = ownedBy(id, organisationId);
        Versions.require("Quote " + id, own.getVersion(), version);
        Quote accepted = accept(own, signerName, signerRole, ipAddress, null, clock.instant());
        toRequest(
                accepted, RequestEventKind.QUOTE_ACCEPTED, signed(signerName, signerRole), new Actor(null, signerName));
        return accepted;
    }

    /**
     * An acceptance the customer gave elsewhere (signed paper, an integration), recorded by staff on their behalf:
     * only billing or an administrator records one, and the proof and the certificate name who recorded it.
     */
    public Quote acceptOnBehalf(
            long id, int version, String signerName, String signerRole, String ipAddress, AccountPrincipal by) {
        if (!(by.hasRole(Role.BILLING) || by.hasRole(Role.ADMIN))) {
            throw new QuoteCallerRefused("quotes.api.accept", by);
        }
        Quote quote = get(id);
        Versions.require("Quote " + id, quote.getVersion(), version);
        Quote accepted = accept(quote, signerName, signerRole, ipAddress, by.getDisplayName(), clock.instant());
        toRequest(accepted, RequestEventKind.QUOTE_ACCEPTED, signed(signerName, signerRole), Actor.of(by));
        return accepted;
    }

    /**
     * The acceptance at {@code now}: the proof names the SHA-256 of the PDF kept as sent for this revision and of the
     * terms attached; the acceptance certificate is made and kept.
     */
    Quote accept(
            Quote quote,
            String signerName,
            String signerRole,
            String ipAddress,
            @Nullable String recordedBy,
            Instant now) {
        String pdfSha = files.sha256(quote.getId(), quote.getRevision(), QuoteFiles.SENT)
                .orElseThrow(() -> new QuoteRuleViolation("status", "quotes.error.not-sent"));
        AcceptanceProof proof = new AcceptanceProof(
                signerName, signerRole, now, ipAddress, pdfSha, String.valueOf(quote.getTermsSha256()), recordedBy);
        quote.accept(proof, now.atZone(PARIS).toLocalDate());
        Quote accepted = quotes.save(quote);
        files.keep(
                accepted.getId(),
                accepted.getRevision(),
                QuoteFiles.CERTIFICATE,
                pdf.certificate(accepted, now),
                json.writeValueAsString(QuoteSnapshot.of(accepted)),
                now);
        return accepted;
    }

    /**
     * Whom a quote is sent to unless told otherwise: the person who asked for it — the requester of its pre-sales
     * request, by the email the request gives or their portal account's — else the customer organisation's address
     * ({@code ""} when it has none).
     */
    @Transactional(readOnly = true)
    public String recipientOf(Quote quote) {
        if (quote.getRequestId() != null) {
            Request request = requests.get(quote.getRequestId());
            if (request.getRequesterEmail() != null
                    && !request.getRequesterEmail().isBlank()) {
                return request.getRequesterEmail().strip();
            }
            Optional<String> account = Optional.ofNullable(request.getRequesterUserId())
                    .flatMap(users::find)
                    .map(UserAccount::getEmail)
                    .filter(email -> !email.isBlank());
            if (account.isPresent()) {
                return account.get().strip();
            }
        }
        return customers
                .find(quote.getOrganisationId())
                .map(Organisation::getEmail)
                .filter(email -> !email.isBlank())
                .orElse("");
    }

    /** The customer declines a sent quote of their own organisation, saying why. */
    public Quote decline(long id, int version, long organisationId, String reason) {
        ownedBy(id, organisationId);
        Quote declined = act(id, version, quote -> quote.decline(reason, clock.instant()));
        toRequest(
                declined,
                RequestEventKind.QUOTE_DECLINED,
                reason,
                new Actor(
                        null,
                        customers
                                .find(organisationId)
                                .map(Organisation::getName)
                                .orElse("")));
        return declined;
    }

    /**
     * The quote's step in the history of the request it was made from (its owner called back by the customer's
     * answer): "DEV-2026-00012 · what".
     */
    private void toRequest(Quote quote, RequestEventKind step, @Nullable String what, Actor by) {
        if (quote.getRequestId() != null) {
            String detail = quote.getReference() + (what == null || what.isBlank() ? "" : " · " + what.strip());
            requests.recordQuoteStep(quote.getRequestId(), step, detail, by);
        }
    }

    private static String signed(String name, String role) {
        return role == null || role.isBlank() ? name : name + " (" + role + ")";
    }

    /** Records what an accepted quote was turned into (see {@link QuoteConversion}). */
    Quote madeContract(long id, int version, long contractId) {
        return act(id, version, quote -> quote.madeContract(contractId, clock.instant()));
    }

    Quote madeInvoice(long id, int version, long invoiceId) {
        return act(id, version, quote -> quote.madeInvoice(invoiceId, clock.instant()));
    }

    Quote madeFinalInvoice(long id, int version, long invoiceId, boolean depositMade) {
        return act(id, version, quote -> quote.madeFinalInvoice(invoiceId, depositMade, clock.instant()));
    }

    /** Marks expired the sent quotes whose validity date has passed; returns how many. */
    public int expireThoseOver() {
        LocalDate today = today();
        int expired = 0;
        for (Quote quote : quotes.sentPast(today)) {
            if (quote.expireIfOver(today, clock.instant())) {
                quotes.save(quote);
                expired++;
            }
        }
        return expired;
    }

    @Transactional(readOnly = true)
    public Quote get(long id) {
        return quotes.findById(id).orElseThrow(() -> new UnknownQuote(String.valueOf(id)));
    }

    /** A quote the customer of this organisation may see: sent at least once; unknown otherwise. */
    @Transactional(readOnly = true)
    public Quote ownedBy(long id, @Nullable Long organisationId) {
        Quote quote = quotes.findById(id).orElseThrow(() -> new UnknownQuote(String.valueOf(id)));
        if (organisationId == null
                || !quote.getOrganisationId().equals(organisationId)
                || !files.sha256(id, 1, QuoteFiles.SENT).isPresent()) {
            throw new UnknownQuote(String.valueOf(id));
        }
        return quote;
    }

    /** The latest quotes of a customer, newest first. */
    @Transactional(readOnly = true)
    public List<Quote> ofOrganisation(long organisationId, int limit) {
        return quotes.ofOrganisation(organisationId, limit);
    }

    /** What a customer sees in the portal: the quotes sent to them (at least once), newest first. */
    @Transactional(readOnly = true)
    public List<Quote> sentTo(long organisationId, int limit) {
        return quotes.ofOrganisation(organisationId, limit).stream()
                .filter(q -> files.sha256(q.getId(), 1, QuoteFiles.SENT).isPresent())
                .map(this::asCustomerSeesIt)
                .toList();
    }

    /**
     * A quote as its customer sees it: while staff revise a sent quote (a draft of its next revision), the revision
     * they last received — never the lines, prices or notes being prepared.
     */
    @Transactional(readOnly = true)
    public Quote asCustomerSeesIt(Quote quote) {
        if (quote.getStatus() != QuoteStatus.DRAFT || quote.getRevision() <= 1) {
            return quote;
        }
        return revision(quote.getId(), quote.getRevision() - 1)
                .map(quote::asSent)
                .orElse(quote);
    }

    @Transactional(readOnly = true)
    public List<Quote> ofRequest(long requestId) {
        return quotes.ofRequest(requestId);
    }

    /** The documents kept of a quote: each revision's PDF as sent, the acceptance certificate. */
    @Transactional(readOnly = true)
    public List<QuoteFiles.Kept> documents(long id) {
        return files.of(id);
    }

    /** The PDF of a revision as it was sent, or of the certificate. */
    @Transactional(readOnly = true)
    public Optional<byte[]> document(long id, int revision, boolean certificate) {
        return files.content(id, revision, certificate ? QuoteFiles.CERTIFICATE : QuoteFiles.SENT);
    }

    /** The PDF to look at now: the one sent for this revision, else a preview of the draft (not kept). */
    @Transactional(readOnly = true)
    public byte[] currentPdf(Quote quote) {
        return files.content(quote.getId(), quote.getRevision(), QuoteFiles.SENT)
                .orElseGet(() -> pdf.quote(quote, terms.current().orElse(null), clock.instant()));
    }

    /** A revision as it was sent (title, lines, totals…). */
    @Transactional(readOnly = true)
    public Optional<QuoteSnapshot> revision(long id, int revision) {
        return files.snapshot(id, revision).map(text -> json.readValue(text, QuoteSnapshot.class));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private Quote act(long id, int version, Consumer<Quote> action) {
        Quote quote = get(id);
        Versions.require("Quote " + id, quote.getVersion(), version);
        action.accept(quote);
        return quotes.save(quote);
    }
}
