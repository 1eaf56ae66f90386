package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry (écriture): its journal, its date, the document it comes from (PieceRef, the invoice's or the
 * payment's number), what it says, when it was validated (the document's validation or the payment's recording), and
 * its lines. An entry is balanced when its debits equal its credits.
 */
public record JournalEntry(
        Journal journal,
        LocalDate date,
        String pieceRef,
        LocalDate pieceDate,
        String label,
        Instant validatedAt,
        List<EntryLine> lines) {

    public JournalEntry {
        lines = List.copyOf(lines);
    }

    public Money debit() {
        return lines.stream().map(EntryLine::debit).reduce(Money.zero(Money.EUR), Money::plus);
    }

    public Money credit() {
        return lines.stream().map(EntryLine::credit).reduce(Money.zero(Money.EUR), Money::plus);
    }

    public boolean isBalanced() {
        return debit().compareTo(credit()) == 0;
    }
}
