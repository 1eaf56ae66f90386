package fr.guichet.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.LifecycleStatus;
import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments: one payment over several invoices with the rest kept as the customer's credit, the credit used later, an
 * allocation undone with its reason, a refund of what a credited invoice owes back; every refusal saves nothing; two
 * allocations of one payment's credit at once never spend it twice.
 */
class PaymentsIT extends IntegrationTest {

    @Autowired
    PaymentManagement payments;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    CustomerMoney money;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaymentPaysSeveralInvoicesAndWhatIsLeftIsTheCustomersCreditUsedLater() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice first = issued(customer, "100.00"); // 120.00 incl. VAT
        Invoice second = issued(customer, "50.00"); // 60.00

        Payment payment = payments.receive(
                new NewPayment(
                        customer,
                        payments.today(),
                        Money.euros("200.00"),
                        PaymentMethod.TRANSFER,
                        first.getNumber() + " " + second.getNumber(),
                        "Client SARL",
                        "FR76 3000 6000 0112 3456 7890 189",
                        null,
                        null),
                List.of(
                        new NewAllocation(first.getId(), Money.euros("120.00")),
                        new NewAllocation(second.getId(), Money.euros("60.00"))),
                "test");

        assertThat(payment.allocated().amount()).isEqualByComparingTo("180.00");
        assertThat(payment.unallocated().amount()).isEqualByComparingTo("20.00");
        assertThat(payment.payerIban()).isEqualTo("FR7630006000011234567890189");
        assertThat(invoices.get(first.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(second.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments.creditOf(customer).amount()).isEqualByComparingTo("20.00");
        assertThat(money.balanceOf(customer, payments.today()).due().amount())
                .as("what the customer is owed: their credit")
                .isEqualByComparingTo("-20.00");

        Invoice third = issued(customer, "25.00"); // 30.00
        Money used = payments.useCredit(customer, third.getId(), "test");
        assertThat(used.amount()).isEqualByComparingTo("20.00");
        Invoice partly = invoices.get(third.getId());
        assertThat(partly.getStatus()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(partly.balance().amount()).isEqualByComparingTo("10.00");
        assertThat(payments.creditOf(customer).amount()).isEqualByComparingTo("0.00");
        assertThat(money.balanceOf(customer, payments.today()).due().amount()).isEqualByComparingTo("10.00");
        assertThat(payments.activeAllocationsOf(third.getId()))
                .singleElement()
                .satisfies(a -> assertThat(a.allocatedOn()).isEqualTo(third.getIssueDate()));
    }

    @Test
    void anAllocationUndoneWithItsReasonAsksTheMoneyAgainAndIsKept() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer, "100.00");
        Payment payment = payments.receive(
                NewPayment.of(customer, payments.today(), Money.euros("120.00"), PaymentMethod.CHEQUE),
                List.of(new NewAllocation(invoice.getId(), Money.euros("120.00"))),
                "test");
        long allocation = payments.allocationsOfPayment(payment.id()).get(0).id();
        assertThat(invoices.get(invoice.getId()).getLifecycle()).isEqualTo(LifecycleStatus.COLLECTED);

        assertThatThrownBy(() -> payments.undo(allocation, "  ", "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.undo-reason"));
        Allocation undone = payments.undo(allocation, "Chèque sans provision", "test");

        assertThat(undone.isActive()).isFalse();
        assertThat(undone.undoReason()).isEqualTo("Chèque sans provision");
        Invoice again = invoices.get(invoice.getId());
        assertThat(again.getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(again.getLifecycle()).as("no longer collected").isNull();
        assertThat(again.balance().amount()).isEqualByComparingTo("120.00");
        assertThat(payments.get(payment.id()).unallocated().amount())
                .as("the cheque's money is the customer's credit again until billing decides")
                .isEqualByComparingTo("120.00");
        assertThat(payments.allocationsOf(invoice.getId())).hasSize(1);
        assertThatThrownBy(() -> payments.undo(allocation, "Encore", "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.undone-already"));
        assertThat(invoices.history(invoice.getId()))
                .extracting(e -> e.change())
                .contains("payment", "payment-undone");
    }

    @Test
    void whatACreditNoteOwesBackAfterThePaymentIsRefundedAndNeverMore() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(customer, "100.00");
        payments.receive(
                NewPayment.of(customer, payments.today(), Money.euros("120.00"), PaymentMethod.TRANSFER),
                List.of(new NewAllocation(invoice.getId(), Money.euros("120.00"))),
                "test");
        Invoice note = invoices.draftCreditNote(invoice.getId(), List.of(line("10.00")), "test");
        invoices.validateDraft(note.getId(), note.getVersion(), "test");
        assertThat(invoices.get(invoice.getId()).balance().amount()).isEqualByComparingTo("-12.00");

        assertThatThrownBy(() -> payments.receive(
                        NewPayment.of(customer, payments.today(), Money.euros("-15.00"), PaymentMethod.TRANSFER),
                        List.of(new NewAllocation(invoice.getId(), Money.euros("-15.00"))),
                        "test"))
                .as("more than the invoice owes back")
                .isInstanceOf(BillingRuleViolation.class);
        assertThatThrownBy(() -> payments.receive(
                        NewPayment.of(customer, payments.today(), Money.euros("-5.00"), PaymentMethod.TRANSFER),
                        List.of(),
                        "test"))
                .as("a refund of credit the customer does not hold")
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.refund-beyond-credit"));

        payments.receive(
                NewPayment.of(customer, payments.today(), Money.euros("-12.00"), PaymentMethod.TRANSFER),
                List.of(new NewAllocation(invoice.getId(), Money.euros("-12.00"))),
                "test");
        Invoice settled = invoices.get(invoice.getId());
        assertThat(settled.balance().amount()).isEqualByComparingTo("0.00");
        assertThat(settled.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(money.balanceOf(customer, payments.today()).due().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aRefusedPaymentSavesNothing() {
        long customer = customerUser().getCustomerOrganisationId();
        long other = customerUser().getCustomerOrganisationId();
        Invoice mine = issued(customer, "100.00");
        Invoice theirs = issued(other, "100.00");

        assertRefused(
                NewPayment.of(customer, payments.today(), Money.euros("240.00"), PaymentMethod.TRANSFER),
                List.of(
                        new NewAllocation(mine.getId(), Money.euros("120.00")),
                        new NewAllocation(theirs.getId(), Money.euros("120.00"))),
                "billing.error.payment-other-customer");
        assertRefused(
                NewPayment.of(customer, payments.today(), Money.euros("100.00"), PaymentMethod.TRANSFER),
                List.of(new NewAllocation(mine.getId(), Money.euros("120.00"))),
                "billing.error.allocations-exceed");
        assertRefused(
                NewPayment.of(customer, payments.today(), Money.euros("130.00"), PaymentMethod.TRANSFER),
                List.of(new NewAllocation(mine.getId(), Money.euros("130.00"))),
                "billing.error.payment-amount");
        assertRefused(
                NewPayment.of(customer, payments.today().plusDays(1), Money.euros("10.00"), PaymentMethod.TRANSFER),
                List.of(),
                "billing.error.payment-date");
        assertRefused(
                new NewPayment(
                        customer,
                        payments.today(),
                        Money.euros("10.00"),
                        PaymentMethod.TRANSFER,
                        null,
                        null,
                        "FR76 3000 6000 0112 3456 7890 188",
                        null,
                        null),
                List.of(),
                "billing.error.payment-iban");
        assertThat(invoices.get(mine.getId()).paidAmount().amount()).isEqualByComparingTo("0.00");
        assertThat(invoices.get(theirs.getId()).paidAmount().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void twoAllocationsOfOnePaymentsCreditAtOnceNeverSpendItTwice() throws Exception {
        long customer = customerUser().getCustomerOrganisationId();
        Payment payment = payments.receive(
                NewPayment.of(customer, payments.today(), Money.euros("120.00"), PaymentMethod.TRANSFER),
                List.of(),
                "test");
        List<Invoice> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            targets.add(issued(customer, "100.00"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (Invoice target : targets) {
            Callable<Boolean> allocate = () -> {
                start.await();
                try {
                    payments.allocate(payment.id(), target.getId(), Money.euros("120.00"), "test");
                    return true;
                } catch (BillingRuleViolation spent) {
                    return false;
                }
            };
            outcomes.add(pool.submit(allocate));
        }
        start.countDown();
        int made = 0;
        for (Future<Boolean> outcome : outcomes) {
            made += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(made).isEqualTo(1);
        assertThat(payments.get(payment.id()).unallocated().amount()).isEqualByComparingTo("0.00");
        assertThat(targets.stream()
                        .map(t -> invoices.get(t.getId()).paidAmount().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("120.00");
    }

    @Test
    void manyPaymentsAtOnceFollowTheRulesOfOneAllOrNothing() {
        long customer = customerUser().getCustomerOrganisationId();
        Invoice first = issued(customer, "100.00");
        Invoice second = issued(customer, "50.00");
        Money rest = first.balance().minus(Money.euros("40.00"));

        List<Long> ids = payments.receiveAll(
                List.of(
                        new NewReceipt(
                                NewPayment.of(customer, payments.today(), Money.euros("40.00"), PaymentMethod.TRANSFER),
                                List.of(new NewAllocation(first.getId(), Money.euros("40.00")))),
                        new NewReceipt(
                                NewPayment.of(
                                        customer,
                                        payments.today(),
                                        rest.plus(Money.euros("30.00")).plus(Money.euros("10.00")),
                                        PaymentMethod.TRANSFER),
                                List.of(
                                        new NewAllocation(second.getId(), Money.euros("30.00")),
                                        new NewAllocation(first.getId(), rest)))),
                "test");

        assertThat(ids).hasSize(2);
        Invoice paid = invoices.get(first.getId());
        assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paidAmount()).isEqualTo(first.balance());
        assertThat(paid.getVersion()).as("the version moves on").isGreaterThan(first.getVersion());
        Invoice partly = invoices.get(second.getId());
        assertThat(partly.getStatus()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(partly.paidAmount().amount()).isEqualByComparingTo("30.00");
        assertThat(invoices.history(first.getId()).stream()
                        .filter(e -> e.change().equals("payment"))
                        .map(e -> e.status()))
                .as("one history line per allocation, with the status it left")
                .containsExactly(InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID);
        assertThat(payments.allocationsOfPayment(ids.get(1))).hasSize(2);
        assertThat(payments.get(ids.get(1)).unallocated().amount()).isEqualByComparingTo("10.00");
        assertThat(payments.creditOf(customer).amount()).isEqualByComparingTo("10.00");

        long before = count(customer);
        Invoice third = issued(customer, "10.00");
        assertThatThrownBy(() -> payments.receiveAll(
                        List.of(
                                new NewReceipt(
                                        NewPayment.of(
                                                customer, payments.today(), third.balance(), PaymentMethod.TRANSFER),
                                        List.of(new NewAllocation(third.getId(), third.balance()))),
                                new NewReceipt(
                                        NewPayment.of(
                                                customer, payments.today(), Money.euros("5.00"), PaymentMethod.CHEQUE),
                                        List.of(new NewAllocation(second.getId(), Money.euros("5.00")))),
                                new NewReceipt(
                                        NewPayment.of(
                                                customer, payments.today(), Money.euros("1.00"), PaymentMethod.CHEQUE),
                                        List.of(new NewAllocation(third.getId(), Money.euros("1.00"))))),
                        "test"))
                .as("the third pays an invoice the first paid in full")
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.payment-amount"));
        assertThat(count(customer)).as("none of them recorded").isEqualTo(before);
        assertThat(invoices.get(third.getId()).getStatus()).isEqualTo(InvoiceStatus.VALIDATED);
        assertThat(invoices.get(second.getId()).paidAmount().amount()).isEqualByComparingTo("30.00");
        assertThatThrownBy(() -> payments.receiveAll(
                        List.of(new NewReceipt(
                                NewPayment.of(customer, payments.today(), Money.euros("-5.00"), PaymentMethod.CHEQUE),
                                List.of())),
                        "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(NewPayment payment, List<NewAllocation> allocations, String key) {
        long before = count(payment.organisationId());
        assertThatThrownBy(() -> payments.receive(payment, allocations, "test"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo(key));
        assertThat(count(payment.organisationId())).as("nothing saved half-way").isEqualTo(before);
    }

    private long count(long organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE organisation_id = :o")
                .param("o", organisation)
                .query(Long.class)
                .single();
    }

    private Invoice issued(long organisation, String net) {
        Invoice drafted = invoices.create(
                new InvoiceDraft(
                        organisation, InvoiceKind.INVOICE, null, null, null, null, null, null, List.of(line(net))),
                "test");
        return invoices.validateDraft(drafted.getId(), drafted.getVersion(), "test");
    }

    private static InvoiceDraft.Line line(String net) {
        return new InvoiceDraft.Line(
                null,
                "Intervention",
                BigDecimal.ONE,
                Unit.PACKAGE,
                Money.euros(net),
                BigDecimal.ZERO,
                VatRate.STANDARD,
                null,
                null,
                null);
    }
}
