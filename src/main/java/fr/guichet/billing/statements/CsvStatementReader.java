package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bank's CSV export with the layout saved for its account: the charset, the separator (quoted fields may hold
 * it), the header lines to skip, the columns, the decimal comma or point (thousands separators dropped) and the date
 * format. A line with fewer columns than the layout reads, a date or an amount that cannot be read is refused with its
 * line number. The file names no account: the clerk's choice of account is taken as it is.
 */
final class CsvStatementReader {

    ParsedStatement read(byte[] content, CsvLayout layout) {
        String text = new String(content, layout.encoding().charset());
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<ParsedEntry> entries = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (int i = layout.skipLines(); i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> fields = fields(lines[i], layout.separator().character());
            if (fields.size() < layout.widest()) {
                throw new StatementRefused(
                        "billing.statements.error.csv-columns", number, fields.size(), layout.widest());
            }
            LocalDate booked = date(column(fields, layout.dateColumn()), layout, number);
            Money amount = amount(fields, layout, number);
            entries.add(new ParsedEntry(
                    booked,
                    null,
                    amount,
                    column(fields, layout.labelColumn()),
                    null,
                    null,
                    optional(fields, layout.referenceColumn()),
                    optional(fields, layout.nameColumn()),
                    iban(optional(fields, layout.ibanColumn()))));
            from = from == null || booked.isBefore(from) ? booked : from;
            to = to == null || booked.isAfter(to) ? booked : to;
        }
        return new ParsedStatement(StatementFormat.CSV, null, from, to, null, null, entries);
    }

    private static Money amount(List<String> fields, CsvLayout layout, int number) {
        if (layout.amountColumn() != null) {
            String typed = column(fields, layout.amountColumn());
            return StatementAmounts.euros(number(typed, layout.decimalComma(), number), "#" + number);
        }
        String debit = column(fields, layout.debitColumn());
        String credit = column(fields, layout.creditColumn());
        if (debit.isBlank() == credit.isBlank()) {
            throw new StatementRefused(
                    "billing.statements.error.amount", debit.isBlank() ? "" : debit + " / " + credit, "#" + number);
        }
        BigDecimal value = credit.isBlank()
                ? number(debit, layout.decimalComma(), number).abs().negate()
                : number(credit, layout.decimalComma(), number).abs();
        return StatementAmounts.euros(value, "#" + number);
    }

    /** "1 234,56", "-1.234,56", "1,234.56", "+12.5": signed, grouping dropped. */
    static BigDecimal number(String typed, boolean decimalComma, int number) {
        String cleaned = typed.strip()
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace("€", "")
                .replace("EUR", "");
        boolean trailingMinus = cleaned.endsWith("-");
        if (trailingMinus) {
            cleaned = "-" + cleaned.substring(0, cleaned.length() - 1);
        }
        cleaned = decimalComma ? cleaned.replace(".", "").replace(',', '.') : cleaned.replace(",", "");
        if (!cleaned.matches("[+-]?\\d{1,15}(\\.\\d+)?")) {
            throw new StatementRefused("billing.statements.error.amount", typed.strip(), "#" + number);
        }
        return new BigDecimal(cleaned);
    }

    private static LocalDate date(String typed, CsvLayout layout, int number) {
        try {
            return LocalDate.parse(
                    typed.strip(), layout.dateFormat().formatter().withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException notADate) {
            throw new StatementRefused(
                    "billing.statements.error.csv-date",
                    number,
                    typed.strip(),
                    layout.dateFormat().pattern());
        }
    }

    private static String column(List<String> fields, @Nullable Integer column) {
        return column == null ? "" : fields.get(column - 1).strip();
    }

    private static @Nullable String optional(List<String> fields, @Nullable Integer column) {
        String value = column(fields, column);
        return value.isEmpty() ? null : value;
    }

    private static @Nullable String iban(@Nullable String typed) {
        return typed == null ? null : typed.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** One line's fields: separated by {@code separator}, double quotes around a field that holds one. */
    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
