package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Actor;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.NewAttachment;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer answers to a reminder from the portal: a question, or "already paid" with a proof (a PDF or an
 * image). Each becomes a billing request of the customer (routed as any billing request, seen by the desk on the
 * customer's screen) linked to the invoice; "already paid" also puts the invoice aside from reminders until billing
 * has looked at it.
 */
@Service
@Transactional
public class ReminderReplies {

    public static final int TEXT_MAX = 4000;
    static final Set<String> PROOF_TYPES = Set.of("pdf", "png", "jpg", "jpeg");

    /** QUESTION or ALREADY_PAID. */
    public enum Kind {
        QUESTION,
        ALREADY_PAID
    }

    /** A reply, its request, and whether billing looked at it. */
    public record Reply(
            long id,
            long reminderId,
            long invoiceId,
            Kind kind,
            long requestId,
            String requestReference,
            Instant at,
            String by,
            @Nullable Instant reviewedAt,
            @Nullable String reviewedBy) {}

    private final JdbcClient jdbc;
    private final Reminders reminders;
    private final RequestManagement requests;
    private final AttachmentManagement attachments;
    private final ReminderSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ReminderReplies(
            JdbcClient jdbc,
            Reminders reminders,
            RequestManagement requests,
            AttachmentManagement attachments,
            ReminderSettings settings,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.requests = requests;
        this.attachments = attachments;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The customer's reply to one of their reminders; another organisation's reminder is not found.
     *
     * @param proof for "already paid", the proof of payment (required)
     */
    public Reply reply(
            long reminderId,
            Kind kind,
            @Nullable String text,
            @Nullable NewAttachment proof,
            AccountPrincipal customer,
            Locale language) {
        Reminder reminder = reminders
                .find(reminderId)
                .filter(r -> customer.getCustomerOrganisationId() != null
                        && r.organisationId() == customer.getCustomerOrganisationId())
                .orElseThrow(() -> new UnknownReminder(String.valueOf(reminderId)));
        String body = text == null ? "" : text.strip();
        if (kind == Kind.QUESTION && body.isEmpty()) {
            throw new BillingRuleViolation("text", "reminders.reply.error.text");
        }
        if (body.length() > TEXT_MAX) {
            throw new BillingRuleViolation("text", "reminders.reply.error.long", TEXT_MAX);
        }
        if (kind == Kind.ALREADY_PAID) {
            checkProof(proof);
        }
        String subject = messages.getMessage(
                "reminders.reply.subject." + kind, new Object[] {reminder.invoiceNumber()}, language);
        String description = body.isEmpty() ? subject : body;
        Request request = requests.submit(
                NewRequest.fromCustomer(subject, description, Category.BILLING, customer), Actor.of(customer));
        if (proof != null && kind == Kind.ALREADY_PAID) {
            attachments.attach(request, List.of(proof), customer, false);
        }
        Instant now = clock.instant();
        jdbc.sql(
                        "INSERT INTO billing_reminder_reply (reminder_id, invoice_id, kind, request_id, request_reference,"
                                + " created_at, created_by) VALUES (:reminder, :invoice, :kind, :request, :reference, :at, :by)")
                .param("reminder", reminderId)
                .param("invoice", reminder.invoiceId())
                .param("kind", kind.name())
                .param("request", request.getId())
                .param("reference", request.getReference())
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", customer.getDisplayName())
                .update();
        return ofRequest(request.getId()).orElseThrow();
    }

    /** Billing looked at an "already paid": the invoice is reminded again (unless paid meanwhile). */
    public void reviewed(long replyId, String by) {
        int changed = jdbc.sql("UPDATE billing_reminder_reply SET reviewed_at = :at, reviewed_by = :by"
                        + " WHERE id = :id AND reviewed_at IS NULL")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("id", replyId)
                .update();
        if (changed == 0) {
            throw new UnknownReminder("reply " + replyId);
        }
    }

    @Transactional(readOnly = true)
    public List<Reply> ofInvoice(long invoiceId) {
        return jdbc.sql("SELECT * FROM billing_reminder_reply WHERE invoice_id = :id ORDER BY id")
                .param("id", invoiceId)
                .query(this::row)
                .list();
    }

    /** The reply a request came from, if it came from one. */
    @Transactional(readOnly = true)
    public Optional<Reply> ofRequest(long requestId) {
        return jdbc.sql("SELECT * FROM billing_reminder_reply WHERE request_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", requestId)
                .query(this::row)
                .optional();
    }

    private void checkProof(@Nullable NewAttachment proof) {
        if (proof == null || proof.content().length == 0) {
            throw new BillingRuleViolation("proof", "reminders.reply.error.proof");
        }
        String name = proof.filename() == null ? "" : proof.filename().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!PROOF_TYPES.contains(extension)) {
            throw new BillingRuleViolation("proof", "reminders.reply.error.proof-type");
        }
        if (proof.content().length > settings.proofMaxBytes()) {
            throw new BillingRuleViolation(
                    "proof", "reminders.reply.error.proof-size", settings.proofMaxBytes() / 1024 / 1024);
        }
    }

    private Reply row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new Reply(
                rs.getLong("id"),
                rs.getLong("reminder_id"),
                rs.getLong("invoice_id"),
                Kind.valueOf(rs.getString("kind")),
                rs.getLong("request_id"),
                rs.getString("request_reference"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                reviewed == null ? null : reviewed.toInstant(),
                rs.getString("reviewed_by"));
    }
}
