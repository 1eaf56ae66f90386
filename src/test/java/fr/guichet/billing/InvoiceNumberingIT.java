package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.internal.InvoiceNumbering;
import fr.guichet.customers.Organisation;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.QuoteSamples;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.TestOrganisations;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Gapless numbering: in order, a rollback gives the number back, 32 validations at once on two instances. */
class InvoiceNumberingIT extends IntegrationTest {

    @Autowired
    fr.guichet.billing.payments.PaymentManagement payments;

    @Autowired
    fr.guichet.quotes.QuoteManagement quotes;

    @Autowired
    fr.guichet.company.TermsOfSaleManagement terms;

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    InvoiceDrafting drafting;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvoiceNumbering numbering;

    @Autowired
    BillingSettingsManagement settings;

    private long customer() {
        Organisation organisation = customers.register(TestOrganisations.customerCompany(unique("Facturé")));
        return organisation.getId();
    }

    static InvoiceDraft draftFor(long organisation, InvoiceKind kind) {
        return new InvoiceDraft(
                organisation,
                kind,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(InvoiceTotalsTest.line("2", "120.50", "0", VatRate.STANDARD)));
    }

    private static long valueOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void aDraftHasNoNumberAndValidationNumbersItInItsSeriesAndYear() {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        assertThat(draft.number()).isNull();
        InvoiceDrafting.Drafted validated = drafting.validate(draft.id(), draft.version(), "test");
        int year = invoices.today().getYear();
        assertThat(validated.number()).matches("FA-" + year + "-\\d{6}");
        Invoice invoice = invoices.get(draft.id());
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.VALIDATED);
        assertThat(invoice.getIssueDate()).isEqualTo(invoices.today());
        assertThat(invoice.getDueDate()).isEqualTo(invoices.today().plusDays(30));
        assertThat(invoice.totalGross().amount()).isEqualByComparingTo("289.20");
        assertThat(invoices.history(draft.id()))
                .extracting(InvoiceEvent::change)
                .containsExactly("drafted", "validated");
        // validated means immutable
        assertThatThrownBy(() -> invoices.addLine(
                        draft.id(),
                        validated.version(),
                        InvoiceTotalsTest.line("1", "1", "0", VatRate.STANDARD),
                        "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.not-draft"));
        // a deposit invoice takes the invoices' series, the next number
        InvoiceDrafting.Drafted deposit = drafting.draft(draftFor(customer, InvoiceKind.DEPOSIT), "test");
        String depositNumber =
                drafting.validate(deposit.id(), deposit.version(), "test").number();
        assertThat(valueOf(depositNumber)).isEqualTo(valueOf(validated.number()) + 1);
    }

    @Test
    void aValidationRolledBackGivesItsNumberBack() {
        long customer = customer();
        InvoiceDrafting.Drafted first = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted failing = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted third = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        String firstNumber =
                drafting.validate(first.id(), first.version(), "test").number();

        TransactionTemplate caller = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> caller.executeWithoutResult(status -> {
                    String taken = drafting.validate(failing.id(), failing.version(), "test")
                            .number();
                    assertThat(valueOf(taken)).isEqualTo(valueOf(firstNumber) + 1);
                    throw new IllegalStateException("the caller fails after the number was taken");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(invoices.get(failing.id()).getNumber()).isNull();
        assertThat(invoices.get(failing.id()).getStatus()).isEqualTo(InvoiceStatus.DRAFT);

        String thirdNumber =
                drafting.validate(third.id(), third.version(), "test").number();
        assertThat(valueOf(thirdNumber)).isEqualTo(valueOf(firstNumber) + 1);
    }

    @Test
    void thirtyTwoConcurrentValidationsOnTwoInstancesGiveAnUnbrokenSeries() throws Exception {
        long customer = customer();
        InvoiceDrafting secondInstance = second.context().getBean(InvoiceDrafting.class);
        int validations = 32;
        List<InvoiceDrafting.Drafted> drafts = new ArrayList<>();
        for (int i = 0; i < validations; i++) {
            drafts.add(drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(validations);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < validations; i++) {
                InvoiceDrafting instance = i % 2 == 0 ? drafting : secondInstance;
                InvoiceDrafting.Drafted draft = drafts.get(i);
                Callable<String> validate = () -> {
                    start.await();
                    return instance.validate(draft.id(), draft.version(), "test")
                            .number();
                };
                results.add(pool.submit(validate));
            }
            start.countDown();
            List<Long> values = new ArrayList<>();
            for (Future<String> result : results) {
                values.add(valueOf(result.get())); // any error fails here
            }
            values.sort(null);
            assertThat(values).doesNotHaveDuplicates();
            assertThat(values.get(values.size() - 1) - values.get(0)).isEqualTo(validations - 1L);
        } finally {
            pool.shutdownNow();
        }
        // the whole series, from 1 to its counter, has no gap and no duplicate, in date order
        int year = invoices.today().getYear();
        List<String> series = jdbc.sql("SELECT number FROM billing_invoice WHERE series = 'FA' AND number LIKE :year"
                        + " ORDER BY number")
                .param("year", "FA-" + year + "-%")
                .query(String.class)
                .list();
        long counter = jdbc.sql("SELECT last_value FROM billing_counter WHERE series = 'FA' AND counter_year = :year")
                .param("year", year)
                .query(Long.class)
                .single();
        assertThat(series).hasSize((int) counter);
        for (int i = 0; i < series.size(); i++) {
            assertThat(valueOf(series.get(i))).isEqualTo(i + 1L);
        }
    }

    @Test
    void creditNotesHaveTheirOwnSeriesAndNeverCreditMoreThanTheInvoice() {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted invoice = drafting.validate(draft.id(), draft.version(), "test");
        Invoice partial = invoices.draftCreditNote(
                invoice.id(), List.of(InvoiceTotalsTest.line("1", "120.50", "0", VatRate.STANDARD)), "test");
        Invoice note = invoices.validateDraft(partial.getId(), partial.getVersion(), "test");
        assertThat(note.getNumber()).startsWith("AV-");
        assertThat(note.getKind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.getCreditedInvoiceId()).isEqualTo(invoice.id());
        // 144.60 left: another 2 × 120.50 would be too much
        assertThatThrownBy(() -> invoices.draftCreditNote(
                        invoice.id(), List.of(InvoiceTotalsTest.line("2", "120.50", "0", VatRate.STANDARD)), "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.credit-exceeds"));
        // a full credit note once partly credited is refused too: credit what is left with lines
        assertThatThrownBy(() -> invoices.draftCreditNote(invoice.id(), List.of(), "test"))
                .isInstanceOf(BillingRuleViolation.class);
        // a draft cannot be credited
        InvoiceDrafting.Drafted other = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        assertThatThrownBy(() -> invoices.draftCreditNote(other.id(), List.of(), "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.credited-not-issued"));
    }

    @Test
    void depositsOfTheSameQuoteAreDeductedOnceFromTheFinalInvoice() {
        long customer = customer();
        long quote = QuoteSamples.acceptedQuoteOf(quotes, terms, customer, "compta@example.fr");
        InvoiceDraft deposit = new InvoiceDraft(
                customer,
                InvoiceKind.DEPOSIT,
                null,
                null,
                null,
                quote,
                null,
                null,
                List.of(InvoiceTotalsTest.line("1", "100", "0", VatRate.STANDARD)));
        InvoiceDrafting.Drafted d = drafting.draft(deposit, "test");
        drafting.validate(d.id(), d.version(), "test");
        InvoiceDraft fin = new InvoiceDraft(
                customer,
                InvoiceKind.INVOICE,
                null,
                null,
                "BC-42",
                quote,
                null,
                null,
                List.of(InvoiceTotalsTest.line("4", "100", "0", VatRate.STANDARD)));
        InvoiceDrafting.Drafted f = drafting.draft(fin, "test");
        InvoiceDrafting.Drafted validated = drafting.validate(f.id(), f.version(), "test");
        Invoice invoice = invoices.get(validated.id());
        assertThat(invoice.totalGross().amount()).isEqualByComparingTo("480.00");
        assertThat(invoice.prepaidAmount().amount()).isEqualByComparingTo("120.00");
        assertThat(invoice.amountDue().amount()).isEqualByComparingTo("360.00");
        assertThat(invoice.getDeposits())
                .singleElement()
                .satisfies(x -> assertThat(x.depositId()).isEqualTo(d.id()));
        // a second final invoice of the same quote deducts nothing more
        InvoiceDrafting.Drafted g = drafting.draft(fin, "test");
        Invoice again =
                invoices.get(drafting.validate(g.id(), g.version(), "test").id());
        assertThat(again.getDeposits()).isEmpty();
        assertThat(again.amountDue().amount()).isEqualByComparingTo("480.00");
    }

    @Test
    void aYearTurningWhileWaitingForTheCounterGivesTheOldYearsNumberBack() {
        String series = "YT" + (System.nanoTime() % 100_000);
        Deque<LocalDate> days = new ArrayDeque<>(List.of(LocalDate.of(2031, 12, 31), LocalDate.of(2032, 1, 1)));
        InvoiceNumbering.Taken taken =
                new TransactionTemplate(transactions).execute(status -> numbering.take(series, days::poll));
        assertThat(taken.date()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(taken.number()).isEqualTo(series + "-2032-000001");
        assertThat(jdbc.sql("SELECT last_value FROM billing_counter WHERE series = :s AND counter_year = 2031")
                        .param("s", series)
                        .query(Long.class)
                        .single())
                .as("the 2031 number taken while waiting is given back")
                .isZero();
    }

    @Test
    void theValidatedInvoiceAnswersTheVersionStoredSoItCanBeSentNext() {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted validated = drafting.validate(draft.id(), draft.version(), "test");
        Invoice stored = invoices.get(validated.id());
        assertThat(stored.getVersion()).isEqualTo(validated.version());
        assertThat(stored.getStatus()).isEqualTo(InvoiceStatus.VALIDATED);
        assertThat(stored.getIssueDate()).isEqualTo(invoices.today());
        assertThat(stored.getDueDate()).isEqualTo(stored.paymentTerms().dueDate(invoices.today()));
        assertThat(stored.getValidatedAt()).isNotNull();
        assertThat(invoices.markSent(validated.id(), validated.version(), false, "test")
                        .getStatus())
                .isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void twoCreditNotesOfOneInvoiceValidatedAtOnceNeverCreditMoreThanIsLeft() throws Exception {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted validated = drafting.validate(draft.id(), draft.version(), "test");
        Invoice noteA = invoices.draftCreditNote(validated.id(), List.of(), "test");
        Invoice noteB = invoices.draftCreditNote(validated.id(), List.of(), "test");
        InvoiceDrafting secondInstance = second.context().getBean(InvoiceDrafting.class);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> {
                start.await();
                return attempt(() -> drafting.validate(noteA.getId(), noteA.getVersion(), "test"));
            });
            Future<String> b = pool.submit(() -> {
                start.await();
                return attempt(() -> secondInstance.validate(noteB.getId(), noteB.getVersion(), "test"));
            });
            start.countDown();
            assertThat(List.of(a.get(), b.get()))
                    .containsExactlyInAnyOrder("validated", "billing.error.credit-exceeds");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COALESCE(SUM(total_gross), 0) FROM billing_invoice"
                                + " WHERE credited_invoice_id = :id AND status <> 'DRAFT'")
                        .param("id", validated.id())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo(invoices.get(validated.id()).totalGross().amount());
    }

    private static String attempt(Callable<InvoiceDrafting.Drafted> validation) {
        try {
            validation.call();
            return "validated";
        } catch (BillingRuleViolation refused) {
            return refused.messageKey();
        } catch (Exception other) {
            return other.toString();
        }
    }

    @Test
    void collectedFollowsThePaymentsAndAnInvoiceKeepsToItsLimits() {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted validated = drafting.validate(draft.id(), draft.version(), "test");
        assertThatThrownBy(() -> invoices.moveLifecycle(
                        validated.id(), validated.version(), LifecycleStatus.COLLECTED, null, "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.collected-unpaid"));
        Invoice paid =
                pay(invoices.get(validated.id()), invoices.get(validated.id()).amountDue());
        assertThat(paid.getLifecycle()).isEqualTo(LifecycleStatus.COLLECTED);

        List<InvoiceDraft.Line> many = new ArrayList<>();
        for (int i = 0; i <= Invoice.LINES_MAX; i++) {
            many.add(InvoiceTotalsTest.line("1", "10", "0", VatRate.STANDARD));
        }
        InvoiceDraft tooLong =
                new InvoiceDraft(customer, InvoiceKind.INVOICE, null, null, null, null, null, null, many);
        assertThatThrownBy(() -> drafting.draft(tooLong, "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.too-many-lines"));
        Invoice big = invoices.create(
                new InvoiceDraft(
                        customer,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        java.util.Collections.nCopies(
                                83, InvoiceTotalsTest.line("1", "9999999999.99", "0", VatRate.STANDARD))),
                "test");
        assertThatThrownBy(() -> invoices.addLine(
                        big.getId(),
                        big.getVersion(),
                        InvoiceTotalsTest.line("1", "9999999999.99", "0", VatRate.STANDARD),
                        "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.total-too-large"));
        assertThat(invoices.get(big.getId()).getLines()).hasSize(83);
    }

    @Test
    void aSeriesThatHoldsCreditNotesNeverNumbersInvoicesNorTheOtherWayRound() {
        long customer = customer();
        InvoiceDrafting.Drafted draft = drafting.draft(draftFor(customer, InvoiceKind.INVOICE), "test");
        InvoiceDrafting.Drafted validated = drafting.validate(draft.id(), draft.version(), "test");
        Invoice note = invoices.draftCreditNote(validated.id(), List.of(), "test");
        drafting.validate(note.getId(), note.getVersion(), "test");
        BillingSettings now = settings.current();
        BillingSettings swapped = new BillingSettings(
                now.vatOnDebits(),
                now.lateInterestRate(),
                now.earlyPaymentDiscount(),
                now.defaultTerms(),
                now.creditNotePrefix(),
                now.invoicePrefix(),
                now.version(),
                null,
                null);
        assertThatThrownBy(() -> settings.change(swapped, now.version(), "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.prefix-taken"));
        assertThat(settings.current().invoicePrefix()).isEqualTo(now.invoicePrefix());
    }

    private Invoice pay(Invoice invoice, Money amount) {
        payments.receive(
                fr.guichet.billing.payments.NewPayment.of(
                        invoice.getOrganisationId(),
                        payments.today(),
                        amount,
                        fr.guichet.billing.payments.PaymentMethod.TRANSFER),
                List.of(new fr.guichet.billing.payments.NewAllocation(invoice.getId(), amount)),
                "test");
        return invoices.get(invoice.getId());
    }
}
