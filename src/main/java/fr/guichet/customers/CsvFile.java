package fr.guichet.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /** Parsed by Apache Commons CSV (RFC 4180 quoting); blank lines skipped, fields trimmed. */
    private static List<List<String>> parse(String text, char separator) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record.toList());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            throw new CustomerRuleViolation("file", "customers.import.error.unreadable");
        }
        return records;
    }
}
