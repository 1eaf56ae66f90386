package fr.guichet.zones;

import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.reminders.HalfYear;
import fr.guichet.billing.reminders.InvoiceDisputes;
import fr.guichet.billing.reminders.PaymentPlanSplit;
import fr.guichet.billing.reminders.PaymentPlans;
import fr.guichet.billing.reminders.ReferenceRateManagement;
import fr.guichet.billing.reminders.ReminderLevelManagement;
import fr.guichet.billing.reminders.ReminderReplies;
import fr.guichet.billing.reminders.ReminderRuns;
import fr.guichet.billing.reminders.ReminderSending;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.NewAttachment;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminders' objects for the access matrix's world ({@link RouteWorld}), all of the customer's organisation:
 * {@code {overdueinvoice}} an invoice of 96 € ten days late, {@code {reminder}} its friendly reminder (with its letter),
 * {@code {disputedinvoice}}, {@code {plannedinvoice}} (under a payment plan), {@code {reply}} and {@code
 * {replyinvoice}} (an "already paid" answer to a reminder and its invoice), {@code {reminderrun}} a finished run,
 * {@code {reminderlevel}} the formal notice level, {@code {reminderrate}} the legal rate of 2026-S2 (for versions).
 */
@Component
final class RemindersSamples {

    private static final List<RemindersSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final InvoiceManagement invoices;
    private final ReminderSending sending;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderRuns runs;
    private final InvoiceDisputes disputes;
    private final PaymentPlans plans;
    private final ReminderReplies replies;
    private final JdbcClient jdbc;

    RemindersSamples(
            InvoiceManagement invoices,
            ReminderSending sending,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderRuns runs,
            InvoiceDisputes disputes,
            PaymentPlans plans,
            ReminderReplies replies,
            JdbcClient jdbc) {
        this.invoices = invoices;
        this.sending = sending;
        this.levels = levels;
        this.rates = rates;
        this.runs = runs;
        this.disputes = disputes;
        this.plans = plans;
        this.replies = replies;
        this.jdbc = jdbc;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world, AccountPrincipal customer) {
        RemindersSamples s = RUNNING.get(0);
        return switch (name) {
            case "overdueinvoice" -> s.overdue(world);
            case "reminder" -> s.reminderOf((Long) world.get("overdueinvoice"));
            case "disputedinvoice" -> {
                long id = s.overdue(world);
                s.disputes.dispute(id, "Matrice: contestée", "matrice");
                yield id;
            }
            case "plannedinvoice" -> {
                long id = s.overdue(world);
                s.plans.create(
                        id,
                        PaymentPlanSplit.equal(
                                s.invoices.get(id).balance(), 2, s.runs.today().plusDays(10)),
                        "matrice");
                yield id;
            }
            case "reply" ->
                s.replies
                        .reply(
                                (Long) world.get("reminder"),
                                ReminderReplies.Kind.ALREADY_PAID,
                                "Matrice: payé",
                                new NewAttachment("preuve.pdf", "%PDF-1.4 matrice".getBytes(StandardCharsets.UTF_8)),
                                customer,
                                Locale.FRENCH)
                        .id();
            case "replyinvoice" -> {
                world.get("reply");
                yield world.get("overdueinvoice");
            }
            case "reminderrun" -> {
                org.springframework.jdbc.support.GeneratedKeyHolder key =
                        new org.springframework.jdbc.support.GeneratedKeyHolder();
                s.jdbc.sql("INSERT INTO billing_reminder_run (status, as_of, started_at, started_by, finished_at)"
                                + " VALUES ('DONE', :day, :at, 'matrice', :at)")
                        .param("day", s.runs.today())
                        .param("at", java.time.Instant.now().atOffset(ZoneOffset.UTC))
                        .update(key, "id");
                yield key.getKey().longValue();
            }
            case "reminderlevel" -> s.levels.levels().get(2).id();
            case "reminderrate" -> "LEGAL-2026-S2";
            default -> throw new IllegalArgumentException("No such reminders object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        RemindersSamples s = RUNNING.get(0);
        return switch (name) {
            case "reminderlevel" -> s.levels.level((Long) value).version();
            case "reminderrate" ->
                s.rates.all().stream()
                        .filter(r -> r.kind() == ReferenceRateManagement.Kind.LEGAL
                                && r.halfYear().equals(new HalfYear(2026, 2)))
                        .findFirst()
                        .orElseThrow()
                        .version();
            default -> throw new UnsupportedOperationException(name);
        };
    }

    /** A new invoice of the customer (BillingSamples' 96 €), validated, due ten days ago. */
    private long overdue(RouteWorld.Lookup world) {
        long id = ((Number) BillingSamples.make("invoice", world)).longValue();
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", runs.today().minusDays(10))
                .param("id", id)
                .update();
        return id;
    }

    private long reminderOf(long invoiceId) {
        return sending.send(
                        new ReminderSending.Order(invoiceId, levels.levels().get(0), 0, null),
                        rates.lateInterest(),
                        runs.today(),
                        null,
                        "matrice")
                .orElseThrow();
    }
}
