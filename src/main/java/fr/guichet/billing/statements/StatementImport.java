package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One statement file imported: which account, which file and format, who and when, and what it brought. */
public record StatementImport(
        long id,
        long bankAccountId,
        String accountName,
        String fileName,
        StatementFormat format,
        String importedBy,
        Instant importedAt,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Money openingBalance,
        @Nullable Money closingBalance,
        int entryCount,
        int newCount,
        int knownCount,
        int matchedCount) {}
