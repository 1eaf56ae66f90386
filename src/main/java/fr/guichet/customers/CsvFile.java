package fr.guichet.customers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as French spreadsheets write it: UTF-8 (with or without a byte order mark) or Windows-1252, fields
 * separated by semicolons or commas, quoted with double quotes when they hold a separator, a quote or a line break.
 */
public record CsvFile(String charset, char separator, List<String> headers, List<List<String>> rows) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static CsvFile read(byte[] content) {
        String charset = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            charset = "windows-1252";
            text = new String(content, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        List<List<String>> records = parse(text, separator);
        if (records.isEmpty()) {
            throw new CustomerRuleViolation("file", "customers.import.error.empty");
        }
        return new CsvFile(charset, separator, records.get(0), records.subList(1, records.size()));
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    private static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString().strip());
                field.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString().strip());
            records.add(record);
        }
        return records;
    }
}
