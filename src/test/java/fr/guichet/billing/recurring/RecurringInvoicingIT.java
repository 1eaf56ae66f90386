package fr.guichet.billing.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingPeriod;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractBilling;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.customers.Organisation;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.MovableClock;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.ScheduledJobs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recurring invoicing makes each period's invoice exactly once: with two application instances running it at the
 * same moment, after the application was stopped for weeks, up to a cancellation's effective date; pro rata for a
 * started period; drafts or validated, as the contract says.
 */
class RecurringInvoicingIT extends IntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String LOCK = "billing-recurring-invoicing";

    @RegisterExtension
    static final RunningSecondInstance SECOND = new RunningSecondInstance();

    @Autowired
    RecurringInvoicing invoicing;

    @Autowired
    RecurringInvoicingJob job;

    @Autowired
    ContractManagement contracts;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesRunningAtOnceMakeEachPeriodsInvoiceOnceAndTheFirstOneProRata() throws Exception {
        LocalDate today = contracts.today();
        LocalDate start = today.minusMonths(3).withDayOfMonth(10);
        Contract contract = invoiced(
                start, true, new ContractBilling(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE, false, null));
        List<BillingPeriod> expected = contract.billingPeriodsDue(null, today, 100);
        assertThat(expected).hasSize(4);

        RecurringInvoicing other = SECOND.context().getBean(RecurringInvoicing.class);
        both(() -> invoicing.invoiceDue(today), () -> other.invoiceDue(today));
        both(() -> other.invoiceDue(today), () -> invoicing.invoiceDue(today));

        List<Invoice> made = byPeriod(contract);
        assertThat(made)
                .as("one invoice per period, none twice")
                .extracting(Invoice::getServiceFrom)
                .containsExactlyElementsOf(
                        expected.stream().map(BillingPeriod::from).toList());
        assertThat(made)
                .extracting(Invoice::getServiceTo)
                .containsExactlyElementsOf(
                        expected.stream().map(BillingPeriod::to).toList());
        assertThat(made).allSatisfy(invoice -> {
            assertThat(invoice.getStatus()).as("drafts, as the contract says").isEqualTo(InvoiceStatus.DRAFT);
            assertThat(invoice.getNumber()).isNull();
            assertThat(invoice.getOrganisationId()).isEqualTo(contract.getOrganisationId());
        });
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM billing_contract_period WHERE contract_id = :c AND invoice_id IS NOT NULL")
                        .param("c", contract.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);

        // the first period, from the 10th, pro rata of the days: 2 × 39.00 € a month (the first invoice also bills
        // the one-off audit at its price)
        Invoice first = made.get(0);
        long served = ChronoUnit.DAYS.between(start, start.withDayOfMonth(start.lengthOfMonth())) + 1;
        BigDecimal proRata = new BigDecimal("39.00")
                .multiply(BigDecimal.valueOf(served))
                .divide(BigDecimal.valueOf(start.lengthOfMonth()), 2, RoundingMode.HALF_UP);
        assertThat(first.getLines()).hasSize(2);
        assertThat(first.getLines().get(0).unitPriceAmount().amount()).isEqualByComparingTo(proRata);
        assertThat(first.getLines().get(0).description()).contains("prorata " + served + "/" + start.lengthOfMonth());
        assertThat(first.getLines().get(1).unitPriceAmount().amount()).isEqualByComparingTo("1800.00");
        assertThat(made.get(1).getLines())
                .singleElement()
                .satisfies(line -> assertThat(line.unitPriceAmount().amount()).isEqualByComparingTo("39.00"));
    }

    @Test
    void theJobRunsOnOneInstanceAtATime() {
        LocalDate today = contracts.today();
        Contract contract = invoiced(
                today.withDayOfMonth(1),
                false,
                new ContractBilling(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE, false, null));
        ScheduledJobs.releaseLock(jdbc, LOCK);
        JdbcTemplateLockProvider otherInstance =
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build());
        SimpleLock held = otherInstance
                .lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            job.invoiceDue();
            assertThat(invoices.ofContract(contract.getId(), 10))
                    .as("skipped while the other instance holds the lock")
                    .isEmpty();
        } finally {
            held.unlock();
        }
        job.invoiceDue();
        assertThat(invoices.ofContract(contract.getId(), 10)).hasSize(1);
        ScheduledJobs.releaseLock(jdbc, LOCK);
    }

    @Test
    void afterWeeksStoppedItsFirstRunCatchesUpEveryPeriodValidatedInOrder() {
        MovableClock clock = new MovableClock(Instant.now());
        LocalDate day = LocalDate.ofInstant(clock.instant(), PARIS);
        Contract contract = invoiced(
                day.withDayOfMonth(1),
                false,
                new ContractBilling(BillingFrequency.MONTHLY, BillingTiming.IN_ARREARS, true, null));

        invoicing.invoiceDue(LocalDate.ofInstant(clock.instant(), PARIS));
        assertThat(invoices.ofContract(contract.getId(), 10))
                .as("in arrears: nothing before the month is over")
                .isEmpty();

        clock.advance(Duration.ofDays(100)); // the application stopped for 100 days
        LocalDate later = LocalDate.ofInstant(clock.instant(), PARIS);
        invoicing.invoiceDue(later);

        List<BillingPeriod> expected = contract.billingPeriodsDue(null, later, 100);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        List<Invoice> made = byPeriod(contract);
        assertThat(made)
                .extracting(Invoice::getServiceFrom)
                .containsExactlyElementsOf(
                        expected.stream().map(BillingPeriod::from).toList());
        assertThat(made).allSatisfy(invoice -> {
            assertThat(invoice.getStatus()).as("validated at once").isEqualTo(InvoiceStatus.VALIDATED);
            assertThat(invoice.getNumber()).startsWith("FA-");
        });
        assertThat(made).extracting(Invoice::getNumber).isSorted();
        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i).getServiceFrom())
                    .isEqualTo(made.get(i - 1).getServiceTo().plusDays(1));
        }

        invoicing.invoiceDue(later);
        assertThat(invoices.ofContract(contract.getId(), 100)).hasSameSizeAs(made);
    }

    @Test
    void aCancellationStopsInvoicingAtItsEffectiveDateWithTheLastDaysProRata() {
        LocalDate today = contracts.today();
        // a yearly term ending on the 14th of next month, no notice: cancelled today, it ends then
        LocalDate termEnd = today.plusMonths(1).withDayOfMonth(14);
        Contract draft = contracts.draft(
                organisation().getId(),
                "Supervision résiliée",
                new ContractTerms(termEnd.minusYears(1).plusDays(1), termEnd, true, 12, 0));
        draft = contracts.addLine(draft.getId(), draft.getVersion(), "INFOG-POSTE", BigDecimal.ONE, null);
        Contract active = contracts.activate(draft.getId(), draft.getVersion());
        active = contracts.changeBilling(
                active.getId(),
                active.getVersion(),
                new ContractBilling(
                        BillingFrequency.MONTHLY, BillingTiming.IN_ARREARS, false, today.withDayOfMonth(1)));
        Contract cancelled = contracts.cancel(active.getId(), active.getVersion());
        assertThat(cancelled.getEndsOn()).isEqualTo(termEnd);

        invoicing.invoiceDue(termEnd.plusMonths(3));

        List<Invoice> made = byPeriod(cancelled);
        assertThat(made).hasSize(2);
        Invoice last = made.get(1);
        assertThat(last.getServiceFrom()).isEqualTo(termEnd.withDayOfMonth(1));
        assertThat(last.getServiceTo()).as("not a day after the effective date").isEqualTo(termEnd);
        BigDecimal proRata = new BigDecimal("39.00")
                .multiply(BigDecimal.valueOf(14))
                .divide(BigDecimal.valueOf(termEnd.lengthOfMonth()), 2, RoundingMode.HALF_UP);
        assertThat(last.getLines().get(0).unitPriceAmount().amount()).isEqualByComparingTo(proRata);
    }

    /** An active contract from {@code start}: 2 × a monthly item of 39 €, and a one-off audit when asked. */
    private Contract invoiced(LocalDate start, boolean withOneOff, ContractBilling billing) {
        Contract draft = contracts.draft(
                organisation().getId(),
                "Infogérance facturée chaque mois",
                new ContractTerms(start, start.plusYears(1).minusDays(1), true, 12, 30));
        draft = contracts.addLine(draft.getId(), draft.getVersion(), "INFOG-POSTE", new BigDecimal("2"), null);
        if (withOneOff) {
            draft = contracts.addLine(draft.getId(), draft.getVersion(), "AUDIT-SECU", BigDecimal.ONE, null);
        }
        Contract active = contracts.activate(draft.getId(), draft.getVersion());
        return contracts.changeBilling(active.getId(), active.getVersion(), billing);
    }

    private Organisation organisation() {
        return customers.search("Fromagerie Chabert", 1).get(0);
    }

    private List<Invoice> byPeriod(Contract contract) {
        return invoices.ofContract(contract.getId(), 100).stream()
                .sorted(Comparator.comparing(Invoice::getServiceFrom))
                .toList();
    }

    /** Runs both at the same moment, on two threads, and waits for both. */
    private static void both(Callable<?> one, Callable<?> two) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> a = pool.submit(() -> {
                go.await();
                return one.call();
            });
            Future<?> b = pool.submit(() -> {
                go.await();
                return two.call();
            });
            go.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
