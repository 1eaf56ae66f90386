package fr.guichet.billing.statements;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An import as billing makes it: the file kept with its entries in one transaction ({@link StatementImports}), then
 * each new credit entry matched automatically in a transaction of its own, so that a match that fails leaves the
 * import and the other matches as they are.
 */
@Service
public class StatementImporting {

    private final StatementImports imports;

    StatementImporting(StatementImports imports) {
        this.imports = imports;
    }

    public ImportOutcome importFile(
            long accountId, String fileName, byte[] content, @Nullable StatementFormat chosen, String by) {
        return imports.store(accountId, fileName, content, chosen, by);
    }
}
