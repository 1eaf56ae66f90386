package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal entries of a fiscal year, made on demand from the issued documents and the payments dated in it
 * (ADR 0041), on the chart of accounts as it stands; in the order they were validated (the document's validation,
 * the payment's recording: an order that only ever grows at its end), numbered continuously per journal.
 */
@Service
@Transactional(readOnly = true)
public class JournalEntries {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AccountingSources sources;
    private final ChartOfAccountsManagement chart;

    private final Clock clock;

    JournalEntries(AccountingSources sources, ChartOfAccountsManagement chart, Clock clock) {
        this.sources = sources;
        this.chart = chart;
        this.clock = clock;
    }

    /** This year, in Paris. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(PARIS)).getYear();
    }

    public List<NumberedEntry> of(FiscalYear year) {
        Bookkeeping books = new Bookkeeping(chart.current());
        List<JournalEntry> entries = new ArrayList<>();
        sources.sales(year.first(), year.close()).forEach(s -> books.sale(s).ifPresent(entries::add));
        sources.payments(year.first(), year.close())
                .forEach(p -> books.payment(p).ifPresent(entries::add));
        return numbered(entries);
    }

    /** Sorted by validation, then journal, date and document; numbered per journal from 1. */
    static List<NumberedEntry> numbered(List<JournalEntry> entries) {
        List<JournalEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(JournalEntry::validatedAt)
                .thenComparing(JournalEntry::journal)
                .thenComparing(JournalEntry::date)
                .thenComparing(JournalEntry::pieceRef));
        Map<Journal, Integer> next = new EnumMap<>(Journal.class);
        List<NumberedEntry> numbered = new ArrayList<>(sorted.size());
        for (JournalEntry entry : sorted) {
            int n = next.merge(entry.journal(), 1, Integer::sum);
            numbered.add(new NumberedEntry(entry.journal().name() + String.format("%06d", n), entry));
        }
        return numbered;
    }

    /** What a journal holds over the year: its entries, debits, credits, and those not balanced (none expected). */
    public record JournalTotal(Journal journal, long entries, Money debit, Money credit, long unbalanced) {

        public boolean isBalanced() {
            return unbalanced == 0 && debit.compareTo(credit) == 0;
        }
    }

    public static List<JournalTotal> totals(List<NumberedEntry> entries) {
        List<JournalTotal> totals = new ArrayList<>();
        for (Journal journal : Journal.values()) {
            List<JournalEntry> of = entries.stream()
                    .map(NumberedEntry::entry)
                    .filter(e -> e.journal() == journal)
                    .toList();
            Money zero = Money.zero(Money.EUR);
            totals.add(new JournalTotal(
                    journal,
                    of.size(),
                    of.stream().map(JournalEntry::debit).reduce(zero, Money::plus),
                    of.stream().map(JournalEntry::credit).reduce(zero, Money::plus),
                    of.stream().filter(e -> !e.isBalanced()).count()));
        }
        return totals;
    }

    /** Each account's debits and credits over the entries (a trial balance of billing's accounts). */
    public record AccountTotal(String account, String label, Money debit, Money credit) {}

    public static List<AccountTotal> byAccount(List<NumberedEntry> entries) {
        Map<String, AccountTotal> totals = new TreeMap<>();
        for (NumberedEntry numbered : entries) {
            for (EntryLine line : numbered.entry().lines()) {
                totals.merge(
                        line.account(),
                        new AccountTotal(line.account(), line.accountLabel(), line.debit(), line.credit()),
                        (a, b) -> new AccountTotal(
                                a.account(),
                                a.label(),
                                a.debit().plus(b.debit()),
                                a.credit().plus(b.credit())));
            }
        }
        return List.copyOf(totals.values());
    }
}
