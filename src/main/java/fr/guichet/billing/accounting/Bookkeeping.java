package fr.guichet.billing.accounting;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How billing's documents are booked on a chart of accounts (ADR 0041), without Spring:
 *
 * <ul>
 *   <li>an invoice: debit the customer's account (411, auxiliary) with what it asks, credit sales (706 services, 707
 *       goods) with the nets and VAT collected (4457x) with the VAT of each rate; the deposits it deducts are taken
 *       back from 4191 and their VAT from its rate's account;
 *   <li>a deposit invoice: debit the customer, credit 4191 (acomptes reçus) with its net and VAT collected;
 *   <li>a credit note: the reverse of the sale it corrects (of 4191 when it corrects a deposit invoice);
 *   <li>a payment: debit the bank (512), credit the customer; a refund the reverse. How a payment is allocated to
 *       invoices changes no entry (it letters the customer's lines); what is not allocated stays on the customer's
 *       account as a credit balance, which is what it is.
 * </ul>
 *
 * Lines on the same account are netted; zero lines are left out.
 */
public final class Bookkeeping {

    private final ChartOfAccounts chart;

    public Bookkeeping(ChartOfAccounts chart) {
        this.chart = chart;
    }

    public Optional<JournalEntry> sale(SaleDocument sale) {
        Lines lines = new Lines();
        // positive: credit; negative: debit. A credit note books the sale's reverse.
        int sign = sale.kind() == InvoiceKind.CREDIT_NOTE ? -1 : 1;
        String auxiliary = chart.customerAccount(sale.organisationId());
        lines.add(
                chart.account(AccountRole.CUSTOMERS), auxiliary, sale.customerName(), signed(sale.receivable(), -sign));
        Map<VatRate, Money> bases = new EnumMap<>(VatRate.class);
        for (SaleDocument.Base base : sale.bases()) {
            lines.add(chart.account(revenueOf(sale, base)), null, null, signed(base.net(), sign));
            bases.merge(base.rate(), base.net(), Money::plus);
        }
        bases.forEach((rate, net) -> vat(lines, rate, net, sign));
        Map<Long, Map<VatRate, Money>> deposits = new LinkedHashMap<>();
        for (SaleDocument.Deducted deposit : sale.deducted()) {
            deposits.computeIfAbsent(deposit.depositId(), id -> new EnumMap<>(VatRate.class))
                    .merge(deposit.rate(), deposit.net(), Money::plus);
            lines.add(chart.account(AccountRole.DEPOSITS), null, null, signed(deposit.net(), -sign));
        }
        deposits.values().forEach(rates -> rates.forEach((rate, net) -> vat(lines, rate, net, -sign)));
        List<EntryLine> booked = lines.lines();
        if (booked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JournalEntry(
                Journal.VE,
                sale.issueDate(),
                sale.number(),
                sale.issueDate(),
                EntryLabels.sale(sale),
                sale.validatedAt(),
                booked));
    }

    public Optional<JournalEntry> payment(BankMovement movement) {
        if (movement.amount().amount().signum() == 0) {
            return Optional.empty();
        }
        Lines lines = new Lines();
        lines.add(chart.account(AccountRole.BANK), null, null, movement.amount().negate());
        lines.add(
                chart.account(AccountRole.CUSTOMERS),
                chart.customerAccount(movement.organisationId()),
                movement.customerName(),
                movement.amount());
        return Optional.of(new JournalEntry(
                Journal.BQ,
                movement.receivedOn(),
                "REG" + movement.paymentId(),
                movement.receivedOn(),
                EntryLabels.payment(movement),
                movement.recordedAt(),
                lines.lines()));
    }

    private AccountRole revenueOf(SaleDocument sale, SaleDocument.Base base) {
        if (sale.kind() == InvoiceKind.DEPOSIT || sale.creditsDeposit()) {
            return AccountRole.DEPOSITS;
        }
        return base.goods() ? AccountRole.GOODS : AccountRole.SERVICES;
    }

    private void vat(Lines lines, VatRate rate, Money net, int sign) {
        AccountRole.vatCollectedAt(rate)
                .ifPresent(role -> lines.add(chart.account(role), null, null, signed(rate.vatOn(net), sign)));
    }

    private static Money signed(Money amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }

    /** Amounts per account (and auxiliary), credit positive, in the order they came. */
    private static final class Lines {

        private record Key(String account, @Nullable String auxiliary) {}

        private record Sum(
                LedgerAccount account,
                @Nullable String auxiliary,
                @Nullable String auxiliaryLabel,
                BigDecimal amount) {}

        private final Map<Key, Sum> sums = new LinkedHashMap<>();

        void add(
                LedgerAccount account,
                @Nullable String auxiliary,
                @Nullable String auxiliaryLabel,
                Money creditMinusDebit) {
            Key key = new Key(account.number(), auxiliary);
            Sum sum = sums.get(key);
            BigDecimal before = sum == null ? BigDecimal.ZERO : sum.amount();
            sums.put(key, new Sum(account, auxiliary, auxiliaryLabel, before.add(creditMinusDebit.amount())));
        }

        List<EntryLine> lines() {
            List<EntryLine> lines = new ArrayList<>();
            Money zero = Money.zero(Money.EUR);
            for (Sum sum : sums.values()) {
                if (sum.amount().signum() == 0) {
                    continue;
                }
                Money amount = new Money(sum.amount().abs(), Money.EUR);
                boolean credit = sum.amount().signum() > 0;
                lines.add(new EntryLine(
                        sum.account().number(),
                        sum.account().label(),
                        sum.auxiliary(),
                        sum.auxiliaryLabel(),
                        credit ? zero : amount,
                        credit ? amount : zero));
            }
            // debits first, as accountants read an entry
            lines.sort((a, b) -> Boolean.compare(
                    a.debit().amount().signum() == 0, b.debit().amount().signum() == 0));
            return lines;
        }
    }
}
