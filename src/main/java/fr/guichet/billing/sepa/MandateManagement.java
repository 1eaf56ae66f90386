package fr.guichet.billing.sepa;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.company.CompanyManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Iban;
import fr.guichet.shared.Versions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' SEPA mandates: billing prepares one (a reference of Guichet's making, the debtor's name and account
 * checked), the customer signs it online in the portal or billing uploads the signed copy; it is then active until
 * revoked. Every step is in its history. The debits ({@link DirectDebits}) move its sequence type on.
 */
@Service
@Transactional
public class MandateManagement {

    /** An uploaded signed copy. */
    public record Proof(String filename, String contentType, byte[] content) {}

    public static final int DEBTOR_MAX = 70;
    public static final int SIGNER_MAX = 200;

    /** A BIC: bank, country, location and an optional branch (8 or 11 characters). */
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** The characters of the SEPA Latin set that a reference may use, none of which is confusing when read out. */
    private static final char[] REFERENCE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MandateStore store;
    private final SepaCreditor creditor;
    private final CustomerManagement customers;
    private final CompanyManagement company;
    private final MandateText text;
    private final SepaSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MandateManagement(
            MandateStore store,
            SepaCreditor creditor,
            CustomerManagement customers,
            CompanyManagement company,
            MandateText text,
            SepaSettings settings,
            Clock clock) {
        this.store = store;
        this.creditor = creditor;
        this.customers = customers;
        this.company = company;
        this.text = text;
        this.settings = settings;
        this.clock = clock;
    }

    /** Prepares a mandate for the customer to sign: it names the creditor identifier, which must be set first. */
    public Mandate create(NewMandate typed, String by) {
        if (creditor.current().isEmpty()) {
            throw new BillingRuleViolation("creditorId", "billing.sepa.error.no-creditor-id");
        }
        if (customers.organisation(typed.organisationId()).isEmpty()) {
            throw new BillingRuleViolation("organisationId", "billing.error.customer");
        }
        if (typed.kind() == null) {
            throw new BillingRuleViolation("kind", "billing.sepa.error.kind");
        }
        String debtor = typed.debtorName() == null ? "" : typed.debtorName().strip();
        if (debtor.isEmpty() || debtor.length() > DEBTOR_MAX) {
            throw new BillingRuleViolation("debtorName", "billing.sepa.error.debtor-name", DEBTOR_MAX);
        }
        if (typed.iban() == null || !Iban.isValid(typed.iban())) {
            throw new BillingRuleViolation("iban", "billing.sepa.error.iban");
        }
        String bic = typed.bic() == null || typed.bic().isBlank()
                ? null
                : typed.bic().replace(" ", "").toUpperCase(Locale.ROOT);
        if (bic != null && !BIC.matcher(bic).matches()) {
            throw new BillingRuleViolation("bic", "billing.sepa.error.bic");
        }
        String reference = newReference(typed.organisationId());
        long id = store.insert(
                typed.organisationId(),
                reference,
                typed.kind(),
                debtor,
                Iban.of(typed.iban()).value(),
                bic,
                by,
                clock.instant());
        store.record(id, "created", by, reference, clock.instant());
        return get(id);
    }

    /**
     * Billing uploads the mandate the customer signed on paper (a PDF or an image, within the size allowed), with the
     * date it was signed: the mandate is active.
     */
    public Mandate uploadProof(
            long id, int version, @Nullable LocalDate signedOn, String filename, byte[] content, String by) {
        Mandate mandate = lockedAwaitingSignature(id);
        Versions.require("Mandate " + id, mandate.version(), version);
        if (signedOn == null || signedOn.isAfter(today()) || signedOn.getYear() < 2000) {
            throw new BillingRuleViolation("signedOn", "billing.sepa.error.signed-on");
        }
        if (content.length == 0 || content.length > settings.proofMaxSize().toBytes()) {
            throw new BillingRuleViolation(
                    "proof",
                    "billing.sepa.error.proof-size",
                    settings.proofMaxSize().toMegabytes());
        }
        String type = SignedCopy.typeOf(content);
        if (type == null) {
            throw new BillingRuleViolation("proof", "billing.sepa.error.proof-type");
        }
        String name = filename == null || filename.isBlank() ? "mandat" : filename.strip();
        store.proofUploaded(id, signedOn, name, type, content);
        store.record(id, "proof-uploaded", by, name + " — " + signedOn, clock.instant());
        return get(id);
    }

    /**
     * The customer signs their mandate online, from their portal: only one of their organisation's (else unknown),
     * waiting for its signature; their name, the time, their IP address and the SHA-256 of the text shown are kept.
     */
    public Mandate signOnline(
            long id, @Nullable Long organisationId, String signerName, String address, Locale language) {
        Mandate mandate = ownedBy(id, organisationId);
        mandate = lockedAwaitingSignature(mandate.id());
        String signer = signerName == null ? "" : signerName.strip();
        if (signer.isEmpty() || signer.length() > SIGNER_MAX) {
            throw new BillingRuleViolation("signerName", "billing.sepa.error.signer-name", SIGNER_MAX);
        }
        String sha = MandateText.sha256(textOf(mandate, language));
        store.signedOnline(id, today(), signer, address, clock.instant(), sha);
        store.record(id, "signed-online", signer, address + " — SHA-256 " + sha, clock.instant());
        return get(id);
    }

    /** Revokes a mandate, with the reason: no debit is sent under it any more. */
    public Mandate revoke(long id, int version, String reason, String by) {
        Mandate mandate = store.locked(id).orElseThrow(() -> new UnknownMandate(id));
        Versions.require("Mandate " + id, mandate.version(), version);
        if (mandate.status() == MandateStatus.REVOKED) {
            throw new BillingRuleViolation("reason", "billing.sepa.error.revoked");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new BillingRuleViolation("reason", "billing.sepa.error.reason");
        }
        store.status(id, MandateStatus.REVOKED);
        store.record(id, "revoked", by, why, clock.instant());
        return get(id);
    }

    /** The text the customer signs, in their language. */
    @Transactional(readOnly = true)
    public List<String> textOf(Mandate mandate, Locale language) {
        String creditorId =
                creditor.current().map(SepaCreditor.Change::creditorId).orElse("—");
        return text.lines(mandate, company.current().officialName(), creditorId, language);
    }

    @Transactional(readOnly = true)
    public Mandate get(long id) {
        return store.find(id).orElseThrow(() -> new UnknownMandate(id));
    }

    /** A customer's mandate, or unknown when it is another customer's. */
    @Transactional(readOnly = true)
    public Mandate ownedBy(long id, @Nullable Long organisationId) {
        Mandate mandate = get(id);
        if (organisationId == null || mandate.organisationId() != organisationId) {
            throw new UnknownMandate(id);
        }
        return mandate;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Mandate> ofOrganisation(long organisationId) {
        return store.ofOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public List<Mandate> page(
            @Nullable Long organisationId, @Nullable MandateStatus status, @Nullable Long before, int size) {
        return store.page(organisationId, status, before, size);
    }

    /** The customer's active mandate (the latest signed), if any. */
    @Transactional(readOnly = true)
    public Optional<Mandate> activeOf(long organisationId) {
        return store.ofOrganisation(organisationId).stream()
                .filter(Mandate::isActive)
                .findFirst();
    }

    /**
     * The mandate an invoice of this customer issued on {@code issued} is debited under: active, signed by then, not a
     * one-off mandate already used. An invoice issued before the mandate was signed is paid otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<Mandate> debitingOn(long organisationId, LocalDate issued) {
        return store.ofOrganisation(organisationId).stream()
                .filter(Mandate::canBeDebited)
                .filter(m -> m.signedOn() != null && !m.signedOn().isAfter(issued))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<MandateEvent> history(long id) {
        return store.history(id);
    }

    @Transactional(readOnly = true)
    public Optional<Proof> proof(long id) {
        return store.proof(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** A debit was sent under the mandate: its next one follows in the series (a one-off mandate is used). */
    void debited(long id, SequenceType sent, String by, String detail) {
        Mandate mandate = store.locked(id).orElseThrow(() -> new UnknownMandate(id));
        if (mandate.nextSequence() == sent) {
            store.nextSequence(id, sent.next());
        }
        store.record(id, "debited", by, sent + " " + detail, clock.instant());
    }

    /** The series starts again: the next debit is a first one (FRST), or the one-off debit may be sent again. */
    void restart(long id, SequenceType sent, String by, String detail) {
        Mandate mandate = store.locked(id).orElseThrow(() -> new UnknownMandate(id));
        SequenceType again = mandate.kind() == MandateKind.ONE_OFF ? SequenceType.OOFF : SequenceType.FRST;
        if (mandate.nextSequence() != again) {
            store.nextSequence(id, again);
        }
        store.record(id, "sequence-restarted", by, again + " — " + detail, clock.instant());
    }

    /** A debit under the mandate was rejected (the detail names the invoice and the reason). */
    void rejected(long id, String by, String detail) {
        store.record(id, "debit-rejected", by, detail, clock.instant());
    }

    private Mandate lockedAwaitingSignature(long id) {
        Mandate mandate = store.locked(id).orElseThrow(() -> new UnknownMandate(id));
        if (mandate.status() != MandateStatus.AWAITING_SIGNATURE) {
            throw new BillingRuleViolation("status", "billing.sepa.error.not-awaiting");
        }
        return mandate;
    }

    /** "RUM-" the customer's id, the year and eight random characters: unique, at most 35 SEPA characters. */
    private String newReference(long organisationId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder reference = new StringBuilder("RUM-")
                    .append(organisationId)
                    .append('-')
                    .append(today().getYear())
                    .append('-');
            for (int i = 0; i < 8; i++) {
                reference.append(REFERENCE_CHARACTERS[random.nextInt(REFERENCE_CHARACTERS.length)]);
            }
            if (!store.referenceTaken(reference.toString())) {
                return reference.toString();
            }
        }
        throw new IllegalStateException("No free mandate reference for customer " + organisationId);
    }
}
