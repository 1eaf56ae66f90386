package fr.guichet.billing.web;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceSearch;
import fr.guichet.billing.InvoiceStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The invoice list's filter as typed in the address: a value that reads as nothing known (a hand-edited address,
 * {@code from=notadate}) leaves that filter out and is said next to its field, the text kept, instead of a bare 400.
 */
record InvoiceListFilter(
        @Nullable String status,
        @Nullable String kind,
        @Nullable String organisationId,
        @Nullable String from,
        @Nullable String to,
        @Nullable String overdue,
        @Nullable String after) {

    static final String BAD_CHOICE = "billing.invoices.bad-choice";
    static final String BAD_DATE = "billing.invoices.bad-date";

    /** The filter read, and for each field whose value was not understood the message key to show next to it. */
    record Read(InvoiceSearch.Filter filter, @Nullable Long after, Map<String, String> errors) {}

    Read read() {
        Map<String, String> errors = new LinkedHashMap<>();
        InvoiceSearch.Filter filter = new InvoiceSearch.Filter(
                parse("status", status, InvoiceStatus::valueOf, BAD_CHOICE, errors),
                parse("kind", kind, InvoiceKind::valueOf, BAD_CHOICE, errors),
                parse("organisationId", organisationId, Long::valueOf, BAD_CHOICE, errors),
                parse("from", from, LocalDate::parse, BAD_DATE, errors),
                parse("to", to, LocalDate::parse, BAD_DATE, errors),
                "true".equalsIgnoreCase(overdue) || "on".equalsIgnoreCase(overdue));
        // a page position that is no number: the first page
        Long position = parse("after", after, Long::valueOf, BAD_CHOICE, new LinkedHashMap<>());
        return new Read(filter, position, errors);
    }

    private static <T> @Nullable T parse(
            String field, @Nullable String typed, Function<String, T> reader, String key, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return reader.apply(typed.strip());
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            errors.put(field, key);
            return null;
        }
    }
}
