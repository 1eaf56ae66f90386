package fr.guichet.billing.internal;

import java.util.Locale;
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
