package fr.guichet.billing.reminders;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder runs: the daily one and those started by hand (which go on in the background while the page polls the
 * run's row). A run takes the lock "billing-reminder-run" (ShedLock, in the database): on two instances, or twice on
 * one, a second run finds it held and ends BUSY having sent nothing; and should two ever overlap, the reminder's unique
 * (invoice, level, instalment) still lets each reminder in once ({@link ReminderSending}).
 */
@Service
public class ReminderRuns {

    static final String LOCK = "billing-reminder-run";
    private static final int CUSTOMERS_KEPT = 10_000;
    private static final String SELECT_RUN =
            "SELECT r.*, (SELECT COUNT(*) FROM billing_reminder m WHERE m.run_id = r.id"
                    + " AND m.pdf IS NULL AND m.mail_id IS NULL) AS letters_pending FROM billing_reminder_run r";
    private static final Logger log = LoggerFactory.getLogger(ReminderRuns.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final OverdueInvoices overdue;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderLetters letters;
    private final CustomerManagement customers;
    private final TransactionTemplate pages;
    private final ReminderSettings settings;
    private final LockingTaskExecutor locks;
    private final TaskExecutor background;
    private final Clock clock;

    ReminderRuns(
            JdbcClient jdbc,
            OverdueInvoices overdue,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderLetters letters,
            CustomerManagement customers,
            PlatformTransactionManager transactions,
            ReminderSettings settings,
            LockProvider lockProvider,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            Clock clock) {
        this.jdbc = jdbc;
        this.overdue = overdue;
        this.levels = levels;
        this.rates = rates;
        this.letters = letters;
        this.customers = customers;
        this.pages = new TransactionTemplate(transactions);
        this.settings = settings;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.background = background;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** Starts a run in the background, or answers the one already going (started by anyone, on any instance). */
    public long start(String by) {
        Optional<ReminderRun> going = ongoing();
        if (going.isPresent()) {
            return going.get().id();
        }
        long id = created(by);
        background.execute(() -> {
            execute(id);
            letters.sendPending();
        });
        return id;
    }

    /** Runs now, in the caller's thread (the daily job, the tests); answers the run as it ended. */
    public ReminderRun runNow(String by) {
        long id = created(by);
        execute(id);
        letters.sendPending();
        return get(id);
    }

    public ReminderRun get(long id) {
        return jdbc.sql(SELECT_RUN + " WHERE r.id = :id")
                .param("id", id)
                .query(ReminderRuns::row)
                .optional()
                .orElseThrow(() -> new UnknownReminder("run " + id));
    }

    /** The latest runs, newest first. */
    public List<ReminderRun> latest(int limit) {
        return jdbc.sql(SELECT_RUN + " ORDER BY r.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(ReminderRuns::row)
                .list();
    }

    /** A run still going, started within the lock's longest hold (an older one died with its instance). */
    public Optional<ReminderRun> ongoing() {
        return jdbc.sql(SELECT_RUN + " WHERE r.status IN ('WAITING', 'RUNNING')"
                        + " AND started_at > :since ORDER BY id DESC LIMIT 1")
                .param("since", clock.instant().minus(longestRun()).atOffset(ZoneOffset.UTC))
                .query(ReminderRuns::row)
                .optional();
    }

    private long created(String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_reminder_run (status, as_of, started_at, started_by)"
                        + " VALUES ('WAITING', :asOf, :at, :by)")
                .param("asOf", today())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void execute(long id) {
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = locks.executeWithLock(
                    () -> {
                        work(id);
                        return true;
                    },
                    new LockConfiguration(clock.instant(), LOCK, longestRun(), Duration.ZERO));
            if (!result.wasExecuted()) {
                finish(id, ReminderRun.Status.BUSY);
            }
        } catch (Throwable failed) {
            log.error("Reminder run {} failed", id, failed);
            finish(id, ReminderRun.Status.FAILED);
        }
    }

    /** What a run knows of a customer: their kind (the indemnity), language and email address. */
    private record CustomerFacts(
            OrganisationKind kind,
            String language,
            @Nullable String recipient) {}

    /** A page read, decided and claimed: its reminders' rows, and what the run counts of it. */
    private record Page(
            List<List<Object>> rows,
            int counted,
            int skipped,
            int failed,
            long last,
            OverdueInvoices.@Nullable Position next) {}

    /**
     * The run: page after page of overdue invoices (keyset on their due dates and ids, then on the ids of those under
     * a plan: {@link OverdueInvoices.Position}), each page read in one query, decided and
     * claimed in memory, and its reminders' rows written by a few multi-row INSERTs ({@code ON CONFLICT DO NOTHING} on
     * the unique (invoice, level, instalment): a reminder there already is never sent twice) with the run's progress,
     * in one short transaction. The next page is read and decided on a second thread (its own connection) while the
     * current one is written: a page's writes touch only its own invoices' reminders, so reading the next one before
     * they are committed changes nothing of its decisions. The letters and emails are made after, by
     * {@link ReminderLetters}.
     */
    private void work(long id) {
        jdbc.sql("UPDATE billing_reminder_run SET status = 'RUNNING' WHERE id = :id")
                .param("id", id)
                .update();
        ReminderRun run = get(id);
        LocalDate asOf = run.asOf();
        List<ReminderLevel> all = levels.levels();
        LateInterest interest = rates.lateInterest();
        int firstDelay = all.stream().mapToInt(ReminderLevel::delayDays).min().orElse(0);
        Map<Long, CustomerFacts> facts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CustomerFacts> eldest) {
                return size() > CUSTOMERS_KEPT;
            }
        };
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reminder-run-" + id + "-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // the first page is read while the run's total is counted (both on the database's side)
            Future<Page> next = reader.submit(
                    () -> read(OverdueInvoices.Position.START, asOf, firstDelay, all, interest, id, run, at, facts));
            jdbc.sql("UPDATE billing_reminder_run SET total = :total WHERE id = :id")
                    .param("total", overdue.count(asOf, firstDelay))
                    .param("id", id)
                    .update();
            int counted = 0;
            int sent = 0;
            int skipped = 0;
            int failed = 0;
            long waited = 0;
            long writing = 0;
            int pagesRead = 0;
            while (true) {
                long before = System.nanoTime();
                Page page = next.get();
                long got = System.nanoTime();
                waited += got - before;
                pagesRead++;
                OverdueInvoices.Position position = page.next();
                next = position == null
                        ? null
                        : reader.submit(() -> read(position, asOf, firstDelay, all, interest, id, run, at, facts));
                counted += page.counted();
                skipped += page.skipped();
                failed += page.failed();
                int made = written(id, page.rows(), counted, sent, skipped, failed, page.last());
                writing += System.nanoTime() - got;
                sent += made;
                skipped += page.rows().size() - made;
                if (next == null) {
                    break;
                }
            }
            jdbc.sql("UPDATE billing_reminder_run SET sent = :sent, skipped = :skipped WHERE id = :id")
                    .param("sent", sent)
                    .param("skipped", skipped)
                    .param("id", id)
                    .update();
            // where the run's time went: waiting for the pages read ahead, or writing
            log.info(
                    "Reminder run {}: {} invoices in {} pages, {} ms waiting for pages, {} ms writing",
                    id,
                    counted,
                    pagesRead,
                    waited / 1_000_000,
                    writing / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reminder run " + id + " interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Reminder run " + id + " could not read a page", e.getCause());
        } finally {
            reader.shutdownNow();
        }
        finish(id, ReminderRun.Status.DONE);
    }

    /**
     * The page at {@code after}, read, decided and claimed (on the reader's thread: {@code facts} is only
     * ever touched there, one page after the other).
     */
    private Page read(
            OverdueInvoices.Position after,
            LocalDate asOf,
            int firstDelay,
            List<ReminderLevel> all,
            LateInterest interest,
            long id,
            ReminderRun run,
            OffsetDateTime at,
            Map<Long, CustomerFacts> facts) {
        OverdueInvoices.Page read = overdue.page(after, asOf, firstDelay, settings.pageSize());
        List<OverdueInvoices.Candidate> candidates = read.candidates();
        List<List<Object>> rows = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        for (OverdueInvoices.Candidate invoice : candidates) {
            ReminderPolicy.Decision decision = ReminderPolicy.decide(invoice.policyCase(), all, asOf);
            if (!decision.sends()) {
                skipped++;
                continue;
            }
            try {
                rows.add(row(invoice, decision, interest, asOf, id, run.startedBy(), at, facts));
            } catch (RuntimeException e) {
                log.warn(
                        "Reminder of invoice {} not written: {}",
                        invoice.policyCase().invoiceId(),
                        e.getMessage(),
                        e);
                failed++;
            }
        }
        return new Page(
                rows,
                candidates.size(),
                skipped,
                failed,
                candidates.isEmpty()
                        ? after.id()
                        : candidates.get(candidates.size() - 1).policyCase().invoiceId(),
                read.next());
    }

    /** The page's reminders written and the run's progress, in one transaction; answers how many were new. */
    private int written(long id, List<List<Object>> rows, int counted, int sent, int skipped, int failed, long after) {
        Integer made = pages.execute(status -> {
            int inserted = 0;
            // a few multi-row INSERTs rather than one statement per row: each answers how many rows it let in (a row
            // already there — ON CONFLICT DO NOTHING — is not counted)
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder(INSERT);
                List<Object> values = new ArrayList<>(chunk.size() * COLUMNS);
                for (int k = 0; k < chunk.size(); k++) {
                    sql.append(k == 0 ? "" : ", ").append(ROW);
                    values.addAll(chunk.get(k));
                }
                sql.append(" ON CONFLICT DO NOTHING");
                inserted += jdbc.sql(sql.toString()).params(values).update();
            }
            jdbc.sql("UPDATE billing_reminder_run SET counted = :counted, sent = :sent, skipped = :skipped,"
                            + " failed = :failed, last_invoice_id = :after WHERE id = :id")
                    .param("counted", counted)
                    .param("sent", sent + inserted)
                    .param("skipped", skipped + rows.size() - inserted)
                    .param("failed", failed)
                    .param("after", after)
                    .param("id", id)
                    .update();
            return inserted;
        });
        return made == null ? 0 : made;
    }

    private List<Object> row(
            OverdueInvoices.Candidate invoice,
            ReminderPolicy.Decision decision,
            LateInterest interest,
            LocalDate asOf,
            long runId,
            String by,
            OffsetDateTime at,
            Map<Long, CustomerFacts> facts) {
        CustomerFacts customer = facts.computeIfAbsent(invoice.organisationId(), this::factsOf);
        boolean instalment = decision.instalment() > 0;
        Money balance = instalment && decision.instalmentDue() != null ? decision.instalmentDue() : invoice.balance();
        Money lateInterest = Money.zero(Money.EUR);
        Money indemnity = Money.zero(Money.EUR);
        if (!instalment) {
            LatePaymentClaim claim = LatePaymentClaim.of(
                    new LatePaymentClaim.LateInvoice(
                            invoice.due(),
                            invoice.policyCase().dueDate(),
                            invoice.payments(),
                            invoice.contractualRate(),
                            customer.kind()),
                    interest,
                    asOf);
            lateInterest = claim.interest();
            indemnity = claim.indemnity();
        }
        return List.of(
                invoice.policyCase().invoiceId(),
                decision.level().id(),
                decision.instalment(),
                invoice.organisationId(),
                runId,
                asOf,
                at,
                by,
                balance.amount(),
                lateInterest.amount(),
                indemnity.amount(),
                customer.language(),
                new SqlParameterValue(Types.VARCHAR, customer.recipient()));
    }

    private CustomerFacts factsOf(long organisationId) {
        Organisation customer = customers.find(organisationId).orElseThrow();
        String email = customer.getEmail();
        return new CustomerFacts(
                customer.getKind(),
                Locale.forLanguageTag(customers.documentLanguageOf(organisationId))
                        .getLanguage(),
                email == null || email.isBlank() ? null : email.strip());
    }

    private void finish(long id, ReminderRun.Status status) {
        jdbc.sql("UPDATE billing_reminder_run SET status = :status, finished_at = :at WHERE id = :id")
                .param("status", status.name())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    static Duration longestRun() {
        return Duration.ofHours(3);
    }

    private static final String INSERT =
            "INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, run_id, as_of, sent_at,"
                    + " sent_by, balance, interest, indemnity, language, recipient) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 13;
    private static final int ROWS_PER_INSERT = 250;

    private static ReminderRun row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ReminderRun(
                rs.getLong("id"),
                ReminderRun.Status.valueOf(rs.getString("status")),
                rs.getObject("as_of", LocalDate.class),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getString("started_by"),
                finished == null ? null : finished.toInstant(),
                rs.getInt("total"),
                rs.getInt("counted"),
                rs.getInt("sent"),
                rs.getInt("skipped"),
                rs.getInt("failed"),
                rs.getInt("letters_pending"));
    }
}
