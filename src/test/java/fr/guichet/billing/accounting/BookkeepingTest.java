package fr.guichet.billing.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How billing's documents and payments are booked on the chart of accounts (ADR 0041), without Spring. */
class BookkeepingTest {

    static final ChartOfAccounts CHART = ChartOfAccounts.of(List.of(
            account(AccountRole.CUSTOMERS, "411"),
            account(AccountRole.SERVICES, "706"),
            account(AccountRole.GOODS, "707"),
            account(AccountRole.DEPOSITS, "4191"),
            account(AccountRole.VAT_STANDARD, "44571"),
            account(AccountRole.VAT_INTERMEDIATE, "445712"),
            account(AccountRole.VAT_REDUCED, "445713"),
            account(AccountRole.VAT_SPECIAL, "445714"),
            account(AccountRole.BANK, "512"),
            account(AccountRole.BANK_FEES, "627")));

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

    private final Bookkeeping books = new Bookkeeping(CHART);

    @Test
    void anInvoiceDebitsTheCustomerAndCreditsServicesGoodsAndTheVatOfEachRate() {
        // 100 € of services and 50 € of goods at 20 %, 200 € of services at 10 %: VAT 30 + 20, total 400
        JournalEntry entry = books.sale(sale(
                        InvoiceKind.INVOICE,
                        "400.00",
                        false,
                        List.of(
                                base(VatRate.STANDARD, false, "100.00"),
                                base(VatRate.STANDARD, true, "50.00"),
                                base(VatRate.INTERMEDIATE, false, "200.00")),
                        List.of()))
                .orElseThrow();

        assertThat(entry.journal()).isEqualTo(Journal.VE);
        assertThat(entry.isBalanced()).isTrue();
        assertThat(signed(entry))
                .containsOnly(
                        Map.entry("411", "-400.00"),
                        Map.entry("706", "300.00"),
                        Map.entry("707", "50.00"),
                        Map.entry("44571", "30.00"),
                        Map.entry("445712", "20.00"));
        EntryLine customer = entry.lines().get(0);
        assertThat(customer.auxiliary()).as("the customer's own account").isEqualTo("411000042");
        assertThat(customer.auxiliaryLabel()).isEqualTo("Client");
        assertThat(entry.label()).isEqualTo("Facture FA-2026-000001 Client");
    }

    @Test
    void theVatOfARateIsComputedOnceOnItsBaseAsTheInvoiceDid() {
        // two lines of 0.05 € at 20 %: 0.01 € each rounded, but 0.02 € on the base of 0.10 € — the invoice says 0.02
        JournalEntry entry = books.sale(sale(
                        InvoiceKind.INVOICE,
                        "0.12",
                        false,
                        List.of(base(VatRate.STANDARD, false, "0.05"), base(VatRate.STANDARD, true, "0.05")),
                        List.of()))
                .orElseThrow();

        assertThat(entry.isBalanced()).isTrue();
        assertThat(signed(entry)).containsEntry("44571", "0.02");
    }

    @Test
    void aDepositInvoiceGoesToDepositsReceivedAndTheFinalInvoiceTakesItBack() {
        JournalEntry deposit = books.sale(sale(
                        InvoiceKind.DEPOSIT,
                        "360.00",
                        false,
                        List.of(base(VatRate.STANDARD, false, "300.00")),
                        List.of()))
                .orElseThrow();
        assertThat(signed(deposit))
                .containsOnly(Map.entry("411", "-360.00"), Map.entry("4191", "300.00"), Map.entry("44571", "60.00"));

        // the final invoice: 1,000 € net, 1,200 € in all, of which the 360 € deposit: 840 € still asked
        JournalEntry last = books.sale(sale(
                        InvoiceKind.INVOICE,
                        "840.00",
                        false,
                        List.of(base(VatRate.STANDARD, false, "1000.00")),
                        List.of(new SaleDocument.Deducted(7, VatRate.STANDARD, euros("300.00")))))
                .orElseThrow();
        assertThat(last.isBalanced()).isTrue();
        assertThat(signed(last))
                .containsOnly(
                        Map.entry("411", "-840.00"),
                        Map.entry("4191", "-300.00"),
                        Map.entry("706", "1000.00"),
                        Map.entry("44571", "140.00"));
    }

    @Test
    void aCreditNoteReversesTheSaleItCorrects() {
        JournalEntry note = books.sale(sale(
                        InvoiceKind.CREDIT_NOTE,
                        "120.00",
                        false,
                        List.of(base(VatRate.STANDARD, false, "100.00")),
                        List.of()))
                .orElseThrow();
        assertThat(note.isBalanced()).isTrue();
        assertThat(signed(note))
                .containsOnly(Map.entry("411", "120.00"), Map.entry("706", "-100.00"), Map.entry("44571", "-20.00"));
        assertThat(note.label()).startsWith("Avoir ");

        JournalEntry ofDeposit = books.sale(sale(
                        InvoiceKind.CREDIT_NOTE,
                        "120.00",
                        true,
                        List.of(base(VatRate.STANDARD, false, "100.00")),
                        List.of()))
                .orElseThrow();
        assertThat(signed(ofDeposit)).containsEntry("4191", "-100.00").doesNotContainKey("706");
    }

    @Test
    void aLineWithoutVatBooksNoVatAndAnInvoiceOfNothingNoEntry() {
        JournalEntry exempt = books.sale(sale(
                        InvoiceKind.INVOICE, "80.00", false, List.of(base(VatRate.ZERO, false, "80.00")), List.of()))
                .orElseThrow();
        assertThat(signed(exempt)).containsOnly(Map.entry("411", "-80.00"), Map.entry("706", "80.00"));

        assertThat(books.sale(sale(InvoiceKind.INVOICE, "0.00", false, List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void aPaymentDebitsTheBankAndCreditsTheCustomerARefundTheReverse() {
        JournalEntry payment = books.payment(movement("250.00")).orElseThrow();
        assertThat(payment.journal()).isEqualTo(Journal.BQ);
        assertThat(payment.isBalanced()).isTrue();
        assertThat(signed(payment)).containsOnly(Map.entry("512", "-250.00"), Map.entry("411", "250.00"));
        assertThat(payment.pieceRef()).isEqualTo("REG5");
        assertThat(payment.label()).isEqualTo("Règlement virement Client FA-2026-000001");

        JournalEntry refund = books.payment(movement("-40.00")).orElseThrow();
        assertThat(signed(refund)).containsOnly(Map.entry("512", "40.00"), Map.entry("411", "-40.00"));
        assertThat(refund.label()).startsWith("Remboursement ");
    }

    @Test
    void entriesAreNumberedPerJournalInTheOrderTheyWereValidated() {
        JournalEntry late = books.payment(movement("10.00")).orElseThrow();
        JournalEntry sale = books.sale(sale(
                        InvoiceKind.INVOICE, "80.00", false, List.of(base(VatRate.ZERO, false, "80.00")), List.of()))
                .orElseThrow();
        JournalEntry laterPayment = new JournalEntry(
                Journal.BQ, DAY.minusDays(5), "REG9", DAY, "Règlement", AT.plusSeconds(60), late.lines());

        List<NumberedEntry> numbered = JournalEntries.numbered(List.of(laterPayment, sale, late));

        assertThat(numbered).extracting(NumberedEntry::number).containsExactly("VE000001", "BQ000001", "BQ000002");
        assertThat(numbered.get(2).entry().pieceRef())
                .as("recorded later, numbered later, whatever its date")
                .isEqualTo("REG9");
    }

    private static Map<String, String> signed(JournalEntry entry) {
        return entry.lines().stream()
                .collect(Collectors.toMap(
                        EntryLine::account,
                        l -> l.credit().minus(l.debit()).amount().toPlainString()));
    }

    private static SaleDocument sale(
            InvoiceKind kind,
            String receivable,
            boolean creditsDeposit,
            List<SaleDocument.Base> bases,
            List<SaleDocument.Deducted> deducted) {
        String number = kind == InvoiceKind.CREDIT_NOTE ? "AV-2026-000001" : "FA-2026-000001";
        return new SaleDocument(
                1, kind, number, 42, "Client", DAY, AT, euros(receivable), creditsDeposit, bases, deducted);
    }

    private static SaleDocument.Base base(VatRate rate, boolean goods, String net) {
        return new SaleDocument.Base(rate, goods, euros(net));
    }

    private static BankMovement movement(String amount) {
        return new BankMovement(5, 42, "Client", DAY, AT, euros(amount), "TRANSFER", "FA-2026-000001");
    }

    private static Money euros(String amount) {
        return Money.euros(amount);
    }

    private static LedgerAccount account(AccountRole role, String number) {
        return new LedgerAccount(role, number, role.name(), null, null);
    }

    @Test
    void everyRoleHasAnAccount() {
        assertThat(CHART.inOrder()).hasSize(AccountRole.values().length);
        assertThat(Arrays.stream(AccountRole.values()).map(CHART::account)).doesNotContainNull();
    }
}
