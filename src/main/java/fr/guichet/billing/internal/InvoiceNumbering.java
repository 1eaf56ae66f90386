package fr.guichet.billing.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gapless counters of the invoice series: one row per series and year, incremented with an UPDATE that locks the
 * row until the validating transaction ends. The next validation in the same series waits for it; a rollback gives the
 * number back with everything else. Never MAX()+1, never a sequence (a sequence leaves gaps on rollback).
 */
@Component
public class InvoiceNumbering {

    /** H2 gives up waiting for a row lock after its lock timeout: the UPDATE is tried again (PostgreSQL just waits). */
    private static final int LOCK_ATTEMPTS = 60;

    private final JdbcClient jdbc;

    InvoiceNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A number taken and the day it was taken on, which is the invoice's date. */
    public record Taken(String series, long value, LocalDate date) {

        /** "FA-2026-000042". */
        public String number() {
            return format(series, date.getYear(), value);
        }
    }

    /**
     * The next number of the series in the current year, dated the day it was taken: the date is read once the
     * counter is held, so that numbers and dates follow the same order. If the year turned while this validation
     * waited for the counter, the number taken in the old year is given back (still held: nobody took one after it)
     * and one of the new year is taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Taken take(String series, Supplier<LocalDate> today) {
        int year = today.get().getYear();
        long value = next(series, year);
        LocalDate date = today.get();
        if (date.getYear() != year) {
            jdbc.sql("UPDATE billing_counter SET last_value = last_value - 1"
                            + " WHERE series = :series AND counter_year = :year")
                    .param("series", series)
                    .param("year", year)
                    .update();
            value = next(series, date.getYear());
        }
        return new Taken(series, value, date);
    }

    /** The next number of the series in that year, taken in (and held by) the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String series, int year) {
        if (!exists(series, year)) {
            try {
                jdbc.sql("INSERT INTO billing_counter (series, counter_year, last_value) VALUES (:series, :year, 0)"
                                + " ON CONFLICT DO NOTHING")
                        .param("series", series)
                        .param("year", year)
                        .update();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException createdMeanwhile) {
                // H2 only: another transaction created the row at the same moment; the UPDATE below waits for it
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                int updated = jdbc.sql("UPDATE billing_counter SET last_value = last_value + 1"
                                + " WHERE series = :series AND counter_year = :year")
                        .param("series", series)
                        .param("year", year)
                        .update();
                if (updated != 1) {
                    throw new IllegalStateException("No counter for " + series + " " + year);
                }
                break;
            } catch (PessimisticLockingFailureException waitedTooLong) {
                if (attempt >= LOCK_ATTEMPTS) {
                    throw waitedTooLong;
                }
            }
        }
        return jdbc.sql("SELECT last_value FROM billing_counter WHERE series = :series AND counter_year = :year")
                .param("series", series)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    /** "FA-2026-000042". */
    public static String format(String series, int year, long value) {
        return String.format(Locale.ROOT, "%s-%d-%06d", series, year, value);
    }

    private boolean exists(String series, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_counter WHERE series = :series AND counter_year = :year")
                        .param("series", series)
                        .param("year", year)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
