package fr.guichet.billing.statements;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reconciliation screen shows: the entries waiting, each with its ranked suggestions, and those handled. */
@Service
@Transactional(readOnly = true)
public class Reconciliation {

    static final int WAITING = 50;
    static final int HANDLED = 20;
    static final int SUGGESTED = 5;

    private final StatementEntries entries;
    private final Suggestions suggestions;

    Reconciliation(StatementEntries entries, Suggestions suggestions) {
        this.entries = entries;
        this.suggestions = suggestions;
    }

    /** A waiting entry and the invoices it may pay. */
    public record Waiting(StatementEntry entry, List<Suggestion> suggestions) {}

    public List<Waiting> waiting() {
        return entries.waiting(WAITING).stream()
                .map(e -> new Waiting(e, suggestions.of(e, SUGGESTED)))
                .toList();
    }

    public long countWaiting() {
        return entries.countWaiting();
    }

    /** @throws UnknownStatementEntry when there is none of this id */
    public StatementEntry entry(long id) {
        return entries.get(id);
    }

    public List<StatementEntry> handled() {
        return entries.handled(HANDLED);
    }
}
