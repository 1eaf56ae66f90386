package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The fichier des écritures comptables (article A47 A-1 of the livre des procédures fiscales, BOI-CF-IOR-60-40-20):
 * one header line naming the 18 fields in their legal order, then one line per entry line; fields separated by a tab
 * (or a pipe), records by CR LF; dates yyyyMMdd; amounts with a decimal comma and no thousands separator, debit and
 * credit in two fields; characters in ISO 8859-15 (one of the character sets the article allows, with the euro sign
 * and French accents). Montantdevise and Idevise stay empty: every amount is in euros, the accounts' currency.
 */
public final class FecFile {

    public static final List<String> FIELDS = List.of(
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

    public static final Charset CHARSET = Charset.forName("ISO-8859-15");

    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private FecFile() {}

    /** The name the administration expects: SIREN, "FEC", the closing date of the fiscal year. */
    public static String name(String siren, FiscalYear year) {
        return siren + "FEC" + year.close().format(DATE) + ".txt";
    }

    public static byte[] write(List<NumberedEntry> entries, FecSeparator separator) {
        StringBuilder out = new StringBuilder(256 * (entries.size() + 1));
        line(out, separator, FIELDS.toArray(String[]::new));
        for (NumberedEntry numbered : entries) {
            JournalEntry e = numbered.entry();
            String validDate = date(e.validatedAt().atZone(JournalEntries.PARIS).toLocalDate());
            for (EntryLine l : e.lines()) {
                line(
                        out,
                        separator,
                        e.journal().name(),
                        e.journal().label(),
                        numbered.number(),
                        date(e.date()),
                        l.account(),
                        l.accountLabel(),
                        l.auxiliary() == null ? "" : l.auxiliary(),
                        l.auxiliaryLabel() == null ? "" : l.auxiliaryLabel(),
                        e.pieceRef(),
                        date(e.pieceDate()),
                        e.label(),
                        amount(l.debit()),
                        amount(l.credit()),
                        "",
                        "",
                        validDate,
                        "",
                        "");
            }
        }
        return out.toString().getBytes(CHARSET);
    }

    static String amount(Money money) {
        return money.amount()
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString()
                .replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }

    private static void line(StringBuilder out, FecSeparator separator, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(separator.character());
            }
            out.append(clean(fields[i]));
        }
        out.append("\r\n");
    }

    /** A field never holds a separator or a line break: they become spaces. */
    private static String clean(String field) {
        StringBuilder clean = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            clean.append(c == '\t' || c == '|' || c == '\r' || c == '\n' ? ' ' : c);
        }
        return clean.toString().strip();
    }
}
