package fr.guichet.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eleven public holidays of metropolitan France: eight on fixed dates, three that follow Easter (Easter Monday,
 * Ascension Thursday, Whit Monday). Alsace-Moselle's two extra days are not included.
 */
public final class FrenchPublicHolidays {

    /** Computed once per year: due times ask for every day they cross. */
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private FrenchPublicHolidays() {}

    /** The year's holidays, in date order (an unmodifiable set). */
    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, FrenchPublicHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.MAY, 8));
        days.add(LocalDate.of(year, Month.JULY, 14));
        days.add(LocalDate.of(year, Month.AUGUST, 15));
        days.add(LocalDate.of(year, Month.NOVEMBER, 1));
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        return Collections.unmodifiableSet(days);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
