package fr.guichet.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    InvoiceNumbering(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    /**
     * The next number of the series in that year, taken in (and held by) the caller's transaction: one statement
     * increments the counter's row and answers its value (the row is created the first time).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String series, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Long> taken = jdbc.sql(increment())
                        .param("series", series)
                        .param("year", year)
                        .query(Long.class)
                        .list();
                if (taken.size() == 1) {
                    return taken.get(0);
                }
                create(series, year);
            } catch (PessimisticLockingFailureException waitedTooLong) {
                // H2 gives up waiting for a row lock after its lock timeout: the increment is tried again
            }
            if (attempt >= LOCK_ATTEMPTS) {
                throw new IllegalStateException("No number taken in " + series + " " + year);
            }
        }
    }

    private void create(String series, int year) {
        try {
            jdbc.sql("INSERT INTO billing_counter (series, counter_year, last_value) VALUES (:series, :year, 0)"
                            + " ON CONFLICT DO NOTHING")
                    .param("series", series)
                    .param("year", year)
                    .update();
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException createdMeanwhile) {
            // H2 only: another transaction created the row at the same moment; the increment waits for it
        }
    }

    /** The increment that answers the new value: PostgreSQL's RETURNING, H2's data change delta table. */
    private String increment() {
        String update = "UPDATE billing_counter SET last_value = last_value + 1"
                + " WHERE series = :series AND counter_year = :year";
        return postgres() ? update + " RETURNING last_value" : "SELECT last_value FROM FINAL TABLE (" + update + ")";
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = isPostgres(dataSource);
            postgres = known;
        }
        return known;
    }

    /** Asks the transaction's own connection (a second one from the pool could wait for ever under load). */
    private static boolean isPostgres(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** "FA-2026-000042". */
    public static String format(String series, int year, long value) {
        return String.format(Locale.ROOT, "%s-%d-%06d", series, year, value);
    }
}
