package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a bank's CSV export is laid out, kept with its account: which column (counted from 1) holds the booking date,
 * the amount (one signed column, or a debit and a credit column), the label and the optional reference and
 * counterparty; how numbers and dates are written, the separator, the charset and how many header lines to skip.
 */
public record CsvLayout(
        int dateColumn,
        @Nullable Integer amountColumn,
        @Nullable Integer debitColumn,
        @Nullable Integer creditColumn,
        int labelColumn,
        @Nullable Integer referenceColumn,
        @Nullable Integer nameColumn,
        @Nullable Integer ibanColumn,
        boolean decimalComma,
        DateFormat dateFormat,
        Separator separator,
        Encoding encoding,
        int skipLines) {

    static final int MAX_COLUMN = 60;
    static final int MAX_SKIP = 20;

    /** The date formats French banks' exports use. */
    public enum DateFormat {
        DAY_MONTH_YEAR("dd/MM/yyyy"),
        ISO("yyyy-MM-dd"),
        DAY_MONTH_SHORT_YEAR("dd/MM/yy");

        private final String pattern;

        DateFormat(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }

        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(
                    this == DAY_MONTH_SHORT_YEAR ? "dd/MM/uu" : pattern.replace("yyyy", "uuuu"));
        }
    }

    public enum Separator {
        SEMICOLON(';'),
        COMMA(','),
        TAB('\t');

        private final char character;

        Separator(char character) {
            this.character = character;
        }

        public char character() {
            return character;
        }
    }

    public enum Encoding {
        UTF_8(StandardCharsets.UTF_8),
        WINDOWS_1252(Charset.forName("windows-1252"));

        private final Charset charset;

        Encoding(Charset charset) {
            this.charset = charset;
        }

        public Charset charset() {
            return charset;
        }

        /** As people know it: "UTF-8", "windows-1252". */
        public String label() {
            return charset.name();
        }
    }

    /** Checks the layout names each column once, within bounds, with either one amount or a debit and a credit. */
    public CsvLayout {
        column(dateColumn, "csvDateColumn");
        column(labelColumn, "csvLabelColumn");
        if (amountColumn != null) {
            column(amountColumn, "csvAmountColumn");
            if (debitColumn != null || creditColumn != null) {
                throw new BillingRuleViolation("csvAmountColumn", "billing.statements.error.csv-amount-or-debit");
            }
        } else if (debitColumn == null || creditColumn == null) {
            throw new BillingRuleViolation("csvAmountColumn", "billing.statements.error.csv-amount-missing");
        } else {
            column(debitColumn, "csvDebitColumn");
            column(creditColumn, "csvCreditColumn");
        }
        if (referenceColumn != null) {
            column(referenceColumn, "csvReferenceColumn");
        }
        if (nameColumn != null) {
            column(nameColumn, "csvNameColumn");
        }
        if (ibanColumn != null) {
            column(ibanColumn, "csvIbanColumn");
        }
        Set<Integer> seen = new HashSet<>();
        Stream.of(
                        dateColumn,
                        amountColumn,
                        debitColumn,
                        creditColumn,
                        labelColumn,
                        referenceColumn,
                        nameColumn,
                        ibanColumn)
                .filter(c -> c != null)
                .forEach(c -> {
                    if (!seen.add(c)) {
                        throw new BillingRuleViolation("csvDateColumn", "billing.statements.error.csv-column-twice", c);
                    }
                });
        if (skipLines < 0 || skipLines > MAX_SKIP) {
            throw new BillingRuleViolation("csvSkipLines", "billing.statements.error.csv-skip", MAX_SKIP);
        }
    }

    /** The highest column the layout reads: a line with fewer columns does not fit it. */
    int widest() {
        return Stream.of(
                        dateColumn,
                        amountColumn,
                        debitColumn,
                        creditColumn,
                        labelColumn,
                        referenceColumn,
                        nameColumn,
                        ibanColumn)
                .filter(c -> c != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(1);
    }

    private static void column(int column, String field) {
        if (column < 1 || column > MAX_COLUMN) {
            throw new BillingRuleViolation(field, "billing.statements.error.csv-column", MAX_COLUMN);
        }
    }
}
