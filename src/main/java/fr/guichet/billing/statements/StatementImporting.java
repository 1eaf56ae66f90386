package fr.guichet.billing.statements;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An import as billing makes it: the file kept with its entries in one transaction ({@link StatementImports}), then
 * each new credit entry matched automatically, and each new SEPA direct debit coming back recorded on its debit, in a
 * transaction of its own, so that a match that fails leaves the import and the other matches as they are. An entry
 * imported again is not new: nothing is done twice.
 */
@Service
public class StatementImporting {

    private static final Logger LOG = LoggerFactory.getLogger(StatementImporting.class);

    private final StatementImports imports;
    private final StatementEntries entries;
    private final EntryReconciliation reconciliation;
    private final AutomaticMatching automatic;

    StatementImporting(
            StatementImports imports,
            StatementEntries entries,
            EntryReconciliation reconciliation,
            AutomaticMatching automatic) {
        this.automatic = automatic;
        this.imports = imports;
        this.entries = entries;
        this.reconciliation = reconciliation;
    }

    public ImportOutcome importFile(
            long accountId, String fileName, byte[] content, @Nullable StatementFormat chosen, String by) {
        ImportOutcome stored = imports.store(accountId, fileName, content, chosen, by);
        int matched = 0;
        AutomaticMatching.Lookups lookups = automatic.lookups();
        for (StatementEntry entry : entries.ofImport(stored.importId())) {
            if (!entry.isCredit() && !entry.isSepaReturn()) {
                continue;
            }
            try {
                boolean done = entry.isSepaReturn()
                        ? reconciliation.recordSepaReturn(entry.id(), by)
                        : reconciliation.matchAutomatically(entry.id(), lookups, by);
                if (done) {
                    matched++;
                }
            } catch (RuntimeException refused) {
                // a payment the rules of payments refuse (a date ahead, an invoice paid meanwhile): the clerk decides
                LOG.info("Statement entry {} left for a clerk: {}", entry.id(), refused.getMessage());
            }
        }
        if (matched > 0) {
            imports.countMatched(stored.importId(), matched);
        }
        return new ImportOutcome(stored.importId(), stored.entries(), stored.created(), stored.known(), matched);
    }
}
