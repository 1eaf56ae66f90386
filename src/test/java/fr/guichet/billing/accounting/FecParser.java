package fr.guichet.billing.accounting;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reader of FEC files written from the published description (article A47 A-1 of the livre des procédures
 * fiscales and its BOFiP commentary, BOI-CF-IOR-60-40-20), not from our writer: a first record naming the 18 fields in
 * their legal order; every record of 18 fields separated by a tab or a pipe, ended by CR LF or LF; dates in yyyyMMdd;
 * amounts with a comma as decimal separator and no thousands separator, debit and credit in their own fields; each
 * entry (JournalCode + EcritureNum) of one journal, one date, balanced. Every deviation is an {@link
 * IllegalArgumentException} naming the line.
 */
final class FecParser {

    static final List<String> FIELDS = List.of(
            "JournalCode",
            "JournalLib",
            "EcritureNum",
            "EcritureDate",
            "CompteNum",
            "CompteLib",
            "CompAuxNum",
            "CompAuxLib",
            "PieceRef",
            "PieceDate",
            "EcritureLib",
            "Debit",
            "Credit",
            "EcritureLet",
            "DateLet",
            "ValidDate",
            "Montantdevise",
            "Idevise");

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(,[0-9]{1,2})?");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{3}[0-9A-Za-z]*");

    record Line(
            int lineNumber,
            String journalCode,
            String journalLib,
            String ecritureNum,
            LocalDate ecritureDate,
            String compteNum,
            String compteLib,
            String compAuxNum,
            String compAuxLib,
            String pieceRef,
            LocalDate pieceDate,
            String ecritureLib,
            BigDecimal debit,
            BigDecimal credit,
            LocalDate validDate) {}

    /** One entry: its lines, debits and credits. */
    record Entry(
            String journal, String number, LocalDate date, BigDecimal debit, BigDecimal credit, List<Line> lines) {}

    record Parsed(char separator, List<Line> lines, Map<String, Entry> entries) {}

    private FecParser() {}

    static Parsed parse(byte[] content, Charset charset) {
        String text = new String(content, charset);
        String[] records = text.split("\r\n|\n", -1);
        if (records.length < 2 || !records[records.length - 1].isEmpty()) {
            throw new IllegalArgumentException("the last record must end with a line break");
        }
        String header = records[0];
        char separator = header.indexOf('\t') >= 0 ? '\t' : '|';
        List<String> names = split(header, separator);
        if (!names.equals(FIELDS)) {
            throw new IllegalArgumentException("line 1: the header must name the 18 fields in order: " + names);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 1; i < records.length - 1; i++) {
            int n = i + 1;
            List<String> f = split(records[i], separator);
            if (f.size() != 18) {
                throw new IllegalArgumentException("line " + n + ": " + f.size() + " fields");
            }
            require(!f.get(0).isEmpty() && !f.get(1).isEmpty(), n, "JournalCode and JournalLib are mandatory");
            require(!f.get(2).isEmpty(), n, "EcritureNum is mandatory");
            require(ACCOUNT.matcher(f.get(4)).matches(), n, "CompteNum starts with 3 digits of the chart: " + f.get(4));
            require(!f.get(5).isEmpty(), n, "CompteLib is mandatory");
            require(f.get(6).isEmpty() == f.get(7).isEmpty(), n, "CompAuxNum and CompAuxLib go together");
            require(!f.get(8).isEmpty(), n, "PieceRef is mandatory");
            require(!f.get(10).isEmpty(), n, "EcritureLib is mandatory");
            BigDecimal debit = amount(f.get(11), n, "Debit");
            BigDecimal credit = amount(f.get(12), n, "Credit");
            require(debit.signum() == 0 || credit.signum() == 0, n, "a line is a debit or a credit");
            require(debit.signum() >= 0 && credit.signum() >= 0, n, "amounts are not negative");
            require(f.get(13).isEmpty() == f.get(14).isEmpty(), n, "EcritureLet and DateLet go together");
            if (!f.get(14).isEmpty()) {
                date(f.get(14), n, "DateLet");
            }
            require(f.get(16).isEmpty() || AMOUNT.matcher(f.get(16)).matches(), n, "Montantdevise");
            require(f.get(17).isEmpty() || f.get(17).matches("[A-Z]{3}"), n, "Idevise");
            Line line = new Line(
                    n,
                    f.get(0),
                    f.get(1),
                    f.get(2),
                    date(f.get(3), n, "EcritureDate"),
                    f.get(4),
                    f.get(5),
                    f.get(6),
                    f.get(7),
                    f.get(8),
                    date(f.get(9), n, "PieceDate"),
                    f.get(10),
                    debit,
                    credit,
                    date(f.get(15), n, "ValidDate"));
            lines.add(line);
            String key = line.journalCode() + "/" + line.ecritureNum();
            Entry before = entries.get(key);
            if (before != null) {
                require(before.date().equals(line.ecritureDate()), n, "one date per entry");
                require(
                        before.lines().get(before.lines().size() - 1).lineNumber() == n - 1,
                        n,
                        "an entry's lines follow each other");
            }
            List<Line> of = before == null ? new ArrayList<>() : new ArrayList<>(before.lines());
            of.add(line);
            entries.put(
                    key,
                    new Entry(
                            line.journalCode(),
                            line.ecritureNum(),
                            line.ecritureDate(),
                            (before == null ? BigDecimal.ZERO : before.debit()).add(debit),
                            (before == null ? BigDecimal.ZERO : before.credit()).add(credit),
                            of));
        }
        for (Entry entry : entries.values()) {
            if (entry.debit().compareTo(entry.credit()) != 0) {
                throw new IllegalArgumentException("entry " + entry.journal() + " " + entry.number()
                        + " is not balanced: " + entry.debit() + " / " + entry.credit());
            }
        }
        return new Parsed(separator, List.copyOf(lines), entries);
    }

    private static List<String> split(String record, char separator) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= record.length(); i++) {
            if (i == record.length() || record.charAt(i) == separator) {
                fields.add(record.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }

    private static BigDecimal amount(String text, int line, String field) {
        require(AMOUNT.matcher(text).matches(), line, field + " with a decimal comma, no thousands separator: " + text);
        return new BigDecimal(text.replace(',', '.'));
    }

    private static LocalDate date(String text, int line, String field) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ": " + field + " is not a yyyyMMdd date: " + text, e);
        }
    }

    private static void require(boolean ok, int line, String what) {
        if (!ok) {
            throw new IllegalArgumentException("line " + line + ": " + what);
        }
    }
}
