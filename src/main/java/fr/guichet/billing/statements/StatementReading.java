package fr.guichet.billing.statements;

import org.jspecify.annotations.Nullable;

/**
 * Reads a statement file for one bank account: its format detected (or the one chosen), read by its reader, and
 * refused when it is another account's statement or holds nothing. Every refusal is a {@link StatementRefused} whose
 * message says what is wrong; nothing else escapes.
 */
final class StatementReading {

    private final CamtStatementReader camt = new CamtStatementReader();
    private final CfonbStatementReader cfonb = new CfonbStatementReader();
    private final CsvStatementReader csv = new CsvStatementReader();

    ParsedStatement read(byte[] content, BankAccount account, @Nullable StatementFormat chosen) {
        if (content.length == 0) {
            throw new StatementRefused("billing.statements.error.empty");
        }
        StatementFormat format = chosen != null
                ? chosen
                : StatementFormat.detect(content, account.csvLayout() != null)
                        .orElseThrow(() -> new StatementRefused("billing.statements.error.unknown-format"));
        ParsedStatement statement;
        try {
            statement = switch (format) {
                case CAMT053 -> camt.read(content);
                case CFONB120 -> cfonb.read(content);
                case CSV -> {
                    if (account.csvLayout() == null) {
                        throw new StatementRefused("billing.statements.error.csv-no-layout");
                    }
                    yield csv.read(content, account.csvLayout());
                }
            };
        } catch (StatementRefused refused) {
            throw refused;
        } catch (RuntimeException unreadable) {
            // a reader's own slip on a file it could not foresee: said as a file it does not know, never a trace
            throw new StatementRefused("billing.statements.error.unknown-format");
        }
        if (statement.account() != null && !statement.account().isOf(account.iban())) {
            throw new StatementRefused(
                    "billing.statements.error.other-account",
                    statement.account().shown(),
                    account.iban().formatted());
        }
        if (statement.entries().isEmpty() && statement.closingBalance() == null) {
            throw new StatementRefused("billing.statements.error.empty");
        }
        return statement;
    }
}
