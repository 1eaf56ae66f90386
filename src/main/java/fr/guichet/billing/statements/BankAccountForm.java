package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The bank account form as typed: kept as text so that a wrong value is shown again as it was typed. */
record BankAccountForm(
        @Nullable String name,
        @Nullable String iban,
        @Nullable String bic,
        @Nullable String csvDateColumn,
        @Nullable String csvAmountColumn,
        @Nullable String csvDebitColumn,
        @Nullable String csvCreditColumn,
        @Nullable String csvLabelColumn,
        @Nullable String csvReferenceColumn,
        @Nullable String csvNameColumn,
        @Nullable String csvIbanColumn,
        @Nullable Boolean csvDecimalComma,
        @Nullable String csvDateFormat,
        @Nullable String csvSeparator,
        @Nullable String csvCharset,
        @Nullable String csvSkipLines,
        int version) {

    static BankAccountForm empty() {
        return new BankAccountForm(
                "", "", "", "", "", "", "", "", "", "", "", true, "DAY_MONTH_YEAR", "SEMICOLON", "UTF_8", "1", 0);
    }

    static BankAccountForm of(BankAccount account) {
        CsvLayout l = account.csvLayout();
        if (l == null) {
            BankAccountForm empty = empty();
            return new BankAccountForm(
                    account.name(),
                    account.iban().formatted(),
                    account.bic() == null ? "" : account.bic(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    true,
                    empty.csvDateFormat(),
                    empty.csvSeparator(),
                    empty.csvCharset(),
                    "1",
                    account.version());
        }
        return new BankAccountForm(
                account.name(),
                account.iban().formatted(),
                account.bic() == null ? "" : account.bic(),
                text(l.dateColumn()),
                text(l.amountColumn()),
                text(l.debitColumn()),
                text(l.creditColumn()),
                text(l.labelColumn()),
                text(l.referenceColumn()),
                text(l.nameColumn()),
                text(l.ibanColumn()),
                l.decimalComma(),
                l.dateFormat().name(),
                l.separator().name(),
                l.encoding().name(),
                String.valueOf(l.skipLines()),
                account.version());
    }

    BankAccountDetails typed() {
        return BankAccountDetails.of(name, iban, bic, "EUR", layout());
    }

    /** No layout when no column is typed; else a complete one, or the first field at fault. */
    private @Nullable CsvLayout layout() {
        boolean none = Stream.of(
                        csvDateColumn,
                        csvAmountColumn,
                        csvDebitColumn,
                        csvCreditColumn,
                        csvLabelColumn,
                        csvReferenceColumn,
                        csvNameColumn,
                        csvIbanColumn)
                .allMatch(t -> t == null || t.isBlank());
        if (none) {
            return null;
        }
        Integer date = column(csvDateColumn, "csvDateColumn");
        Integer label = column(csvLabelColumn, "csvLabelColumn");
        if (date == null) {
            throw new BillingRuleViolation("csvDateColumn", "billing.statements.error.csv-required");
        }
        if (label == null) {
            throw new BillingRuleViolation("csvLabelColumn", "billing.statements.error.csv-required");
        }
        Integer skip = column(csvSkipLines, "csvSkipLines");
        return new CsvLayout(
                date,
                column(csvAmountColumn, "csvAmountColumn"),
                column(csvDebitColumn, "csvDebitColumn"),
                column(csvCreditColumn, "csvCreditColumn"),
                label,
                column(csvReferenceColumn, "csvReferenceColumn"),
                column(csvNameColumn, "csvNameColumn"),
                column(csvIbanColumn, "csvIbanColumn"),
                Boolean.TRUE.equals(csvDecimalComma),
                choice(CsvLayout.DateFormat.class, csvDateFormat, "csvDateFormat"),
                choice(CsvLayout.Separator.class, csvSeparator, "csvSeparator"),
                choice(CsvLayout.Encoding.class, csvCharset, "csvCharset"),
                skip == null ? 0 : skip);
    }

    private static @Nullable Integer column(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{1,3}")) {
            throw new BillingRuleViolation(field, "billing.statements.error.csv-column", CsvLayout.MAX_COLUMN);
        }
        return Integer.valueOf(typed.strip());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String typed, String field) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed);
        } catch (IllegalArgumentException unknown) {
            throw new BillingRuleViolation(field, "billing.statements.error.csv-choice");
        }
    }

    private static String text(@Nullable Integer column) {
        return column == null ? "" : String.valueOf(column);
    }
}
