package fr.guichet.customers.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV cells as French spreadsheets read them (semicolons, RFC 4180 quoting) and safe to open: a cell a spreadsheet
 * would take for a formula (starting with =, +, -, @, a tab or a line break) is prefixed with a quote mark, so that it
 * is shown, never run (OWASP "CSV injection").
 */
final class CsvCells {

    private CsvCells() {}

    /** One line of cells, without its line break. */
    static String line(Stream<String> fields) {
        return fields.map(CsvCells::cell).collect(Collectors.joining(";"));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";")
                        || safe.contains("\"")
                        || safe.contains("\n")
                        || safe.contains("\r")
                        || safe.contains(",")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
