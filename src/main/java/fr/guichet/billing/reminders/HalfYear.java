package fr.guichet.billing.reminders;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half of a calendar year ("semestre"): France fixes the legal interest rate per half-year, and the ECB rate that
 * counts for late-payment interest is the one in force on its first day (Code de commerce, art. L441-10).
 *
 * @param half 1 (January to June) or 2 (July to December)
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-S([12])");

    /** The years a rate table may name: a rate typed for year 0001 or 9999 is a typing error, never a table. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2099;

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("A half-year is 1 or 2, not " + half);
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** "2025-S2" as {@link #toString} writes it, of a year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static HalfYear parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a half-year: " + text);
        }
        HalfYear half = new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (!half.inTables()) {
            throw new IllegalArgumentException("Not a half-year of a rate table: " + text);
        }
        return half;
    }

    /** Whether a rate table may name it: its year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public boolean inTables() {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return String.format("%04d-S%d", year, half);
    }
}
