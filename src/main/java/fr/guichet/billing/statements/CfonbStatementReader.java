package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a French CFONB 120 account statement ("relevé de compte 120 caractères"): fixed-width records 01 (old balance),
 * 04 (movement), 05 (complement of the movement before it: LIB label, RCN the payer's reference, REF end-to-end
 * reference, NPY/NBE payer's or payee's name) and 07 (new balance). An amount is 14 characters whose last one codes
 * both the sign and the last digit ('{' and A–I: +0 to +9, '}' and J–R: −0 to −9); its number of decimals is in the
 * record (position 20). The records name the bank, branch and account number, not the IBAN. A debit movement with a
 * RET complement (the return's details: its ISO 20022 reason code first, then the interbank code and a label) is one of
 * our SEPA direct debits coming back: it keeps that reason code ({@code MS03}, "reason not specified", when the
 * complement gives none) beside the debit's end-to-end id (REF).
 */
final class CfonbStatementReader {

    static final int WIDTH = 120;

    private static final String POSITIVE = "{ABCDEFGHI";
    private static final String NEGATIVE = "}JKLMNOPQR";

    /** An ISO 20022 reason code at the start of a RET complement. */
    private static final Pattern REASON = Pattern.compile("^([A-Z]{2}[0-9]{2}|CNOR|DNOR)\\b");

    ParsedStatement read(byte[] content) {
        List<String> lines = lines(decode(content));
        List<ParsedEntry> entries = new ArrayList<>();
        AccountIdentity account = null;
        LocalDate from = null;
        LocalDate to = null;
        Money opening = null;
        Money closing = null;
        Movement movement = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            int number = i + 1;
            if (raw.length() > WIDTH || raw.length() < 34) {
                throw new StatementRefused("billing.statements.error.cfonb-line", number);
            }
            String line = String.format("%-" + WIDTH + "s", raw);
            String code = line.substring(0, 2);
            if (!code.equals("05") && movement != null) {
                entries.add(movement.entry());
                movement = null;
            }
            switch (code) {
                case "01", "07", "04" -> {
                    AccountIdentity here = AccountIdentity.ofFrenchAccount(
                            line.substring(2, 7), line.substring(11, 16), line.substring(21, 32));
                    if (account != null && !account.equals(here)) {
                        throw new StatementRefused("billing.statements.error.several-accounts");
                    }
                    account = here;
                    StatementAmounts.requireEuros(line.substring(16, 19), "#" + number);
                    LocalDate date = date(line.substring(34, 40), number);
                    Money amount = amount(line, number);
                    if (code.equals("01")) {
                        if (opening == null) {
                            opening = amount;
                            from = date;
                        }
                    } else if (code.equals("07")) {
                        closing = amount;
                        to = date;
                    } else {
                        String valueText = line.substring(42, 48);
                        movement = new Movement(
                                date,
                                valueText.isBlank() ? null : date(valueText, number),
                                amount,
                                line.substring(48, 80).strip(),
                                blankToNull(line.substring(104, 120)));
                    }
                }
                case "05" -> {
                    if (movement == null) {
                        throw new StatementRefused("billing.statements.error.cfonb-complement", number);
                    }
                    movement.complement(
                            line.substring(45, 48), line.substring(48, 118).strip());
                }
                default -> throw new StatementRefused("billing.statements.error.cfonb-line", number);
            }
        }
        if (movement != null) {
            entries.add(movement.entry());
        }
        if (account == null) {
            throw new StatementRefused("billing.statements.error.empty");
        }
        return new ParsedStatement(StatementFormat.CFONB120, account, from, to, opening, closing, entries);
    }

    /** The amount at positions 91–104 with its coded last character, and the record's number of decimals. */
    static Money amount(String line, int number) {
        String where = "#" + number;
        String field = line.substring(90, 104);
        char last = field.charAt(13);
        int digit = POSITIVE.indexOf(last);
        boolean negative = false;
        if (digit < 0) {
            digit = NEGATIVE.indexOf(last);
            negative = true;
        }
        String digits = field.substring(0, 13).replace(' ', '0');
        char decimals = line.charAt(19);
        if (digit < 0 || !digits.matches("\\d{13}") || !Character.isDigit(decimals)) {
            throw new StatementRefused("billing.statements.error.amount", field.strip(), where);
        }
        BigDecimal value = new BigDecimal(digits + digit).movePointLeft(decimals - '0');
        return StatementAmounts.euros(negative ? value.negate() : value, where);
    }

    private static LocalDate date(String ddmmyy, int number) {
        try {
            return LocalDate.of(
                    2000 + Integer.parseInt(ddmmyy.substring(4, 6)),
                    Integer.parseInt(ddmmyy.substring(2, 4)),
                    Integer.parseInt(ddmmyy.substring(0, 2)));
        } catch (NumberFormatException | DateTimeException notADate) {
            throw new StatementRefused("billing.statements.error.date", ddmmyy, "#" + number);
        }
    }

    /** Lines as written, or 120-character records one after the other when the file has no line breaks. */
    private static List<String> lines(String text) {
        String trimmed = text.strip();
        if (!trimmed.contains("\n") && trimmed.length() > WIDTH && text.length() % WIDTH == 0) {
            List<String> records = new ArrayList<>();
            for (int i = 0; i < text.length(); i += WIDTH) {
                records.add(text.substring(i, i + WIDTH));
            }
            return records;
        }
        return List.of(text.split("\r?\n", -1));
    }

    /** UTF-8 when the bytes are, else Windows-1252 (the usual charset of French banks' files). */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    /** A 04 record and the 05 complements that follow it. */
    private static final class Movement {
        private final LocalDate booked;
        private final @Nullable LocalDate value;
        private final Money amount;
        private final String label;
        private final @Nullable String reference;
        private @Nullable String remittance;
        private @Nullable String endToEnd;
        private @Nullable String name;
        private @Nullable String returnReason;

        Movement(LocalDate booked, @Nullable LocalDate value, Money amount, String label, @Nullable String reference) {
            this.booked = booked;
            this.value = value;
            this.amount = amount;
            this.label = label;
            this.reference = reference;
        }

        void complement(String qualifier, String detail) {
            if (qualifier.equals("RET")) {
                Matcher code = REASON.matcher(detail);
                returnReason = code.find() ? code.group(1) : CamtStatementReader.UNSPECIFIED_REASON;
                return;
            }
            if (detail.isEmpty()) {
                return;
            }
            switch (qualifier) {
                case "LIB", "RCN" -> remittance = remittance == null ? detail : remittance + " " + detail;
                case "REF" -> endToEnd = detail;
                case "NPY", "NBE" -> name = detail;
                default -> {
                    // identifiers and fees' details: not needed to reconcile
                }
            }
        }

        ParsedEntry entry() {
            String reason = amount.amount().signum() < 0 ? returnReason : null;
            return new ParsedEntry(booked, value, amount, label, reference, endToEnd, remittance, name, null, reason);
        }
    }
}
