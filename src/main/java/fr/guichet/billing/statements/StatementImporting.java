package fr.guichet.billing.statements;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An import as billing makes it: the file kept with its entries in one transaction ({@link StatementImports}), then
 * its new credit entries matched automatically a page at a time (ADR 0040): the page's matches proposed with its
 * lookups made once ({@link AutomaticMatching#proposeAll}) and recorded together in a transaction of their own
 * ({@link PageMatching}). When one match of a page is refused (an invoice paid meanwhile, a date ahead, an entry a
 * clerk handled), the page is rolled back and its entries matched one at a time, each in its own transaction, so
 * that the refused one waits for a clerk and leaves the import and the other matches as they are. Each new SEPA direct
 * debit coming back is recorded on its debit first, in a transaction of its own. An entry imported again is not new:
 * nothing is done twice.
 */
@Service
public class StatementImporting {

    /** Entries matched together. */
    static final int PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(StatementImporting.class);

    private final StatementImports imports;
    private final StatementEntries entries;
    private final EntryReconciliation reconciliation;
    private final AutomaticMatching automatic;
    private final PageMatching pages;

    StatementImporting(
            StatementImports imports,
            StatementEntries entries,
            EntryReconciliation reconciliation,
            AutomaticMatching automatic,
            PageMatching pages) {
        this.automatic = automatic;
        this.imports = imports;
        this.entries = entries;
        this.reconciliation = reconciliation;
        this.pages = pages;
    }

    public ImportOutcome importFile(
            long accountId, String fileName, byte[] content, @Nullable StatementFormat chosen, String by) {
        ImportOutcome stored = imports.store(accountId, fileName, content, chosen, by);
        int matched = 0;
        AutomaticMatching.Lookups lookups = automatic.lookups();
        long after = 0;
        List<StatementEntry> page;
        do {
            page = entries.ofImport(stored.importId(), after, PAGE);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
                matched += matchPage(page, lookups, by);
            }
        } while (page.size() == PAGE);
        if (matched > 0) {
            imports.countMatched(stored.importId(), matched);
        }
        return new ImportOutcome(stored.importId(), stored.entries(), stored.created(), stored.known(), matched);
    }

    /** Matches a page's entries together; when that is refused, one at a time. How many were matched. */
    int matchPage(List<StatementEntry> page, AutomaticMatching.Lookups lookups, String by) {
        int returned = 0;
        for (StatementEntry entry : page) {
            if (entry.isSepaReturn()) {
                try {
                    if (reconciliation.recordSepaReturn(entry.id(), by)) {
                        returned++;
                    }
                } catch (RuntimeException refused) {
                    LOG.info("SEPA return {} left for a clerk: {}", entry.id(), refused.getMessage());
                }
            }
        }
        List<AutomaticMatching.Proposed> proposed = automatic.proposeAll(page, lookups);
        if (proposed.isEmpty()) {
            return returned;
        }
        try {
            pages.record(proposed, by);
            lookups.paid(
                    proposed.stream().map(AutomaticMatching.Proposed::proposal).toList());
            return returned + proposed.size();
        } catch (RuntimeException refused) {
            LOG.info(
                    "Statement entries {} to {} matched one at a time: {}",
                    page.get(0).id(),
                    page.get(page.size() - 1).id(),
                    refused.getMessage());
        }
        lookups.forgetInvoices();
        int matched = returned;
        for (StatementEntry entry : page) {
            if (!entry.isCredit()) {
                continue;
            }
            try {
                if (reconciliation.matchAutomatically(entry.id(), lookups, by)) {
                    matched++;
                }
            } catch (RuntimeException refused) {
                // a payment the rules of payments refuse (a date ahead, an invoice paid meanwhile): the clerk decides
                LOG.info("Statement entry {} left for a clerk: {}", entry.id(), refused.getMessage());
            }
        }
        return matched;
    }
}
