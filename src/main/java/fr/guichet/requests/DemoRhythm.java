package fr.guichet.requests;

import fr.guichet.shared.BusinessCalendar;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.FrenchPublicHolidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When things happen in the demo company's year: requests arrive on working days in business hours, more on Mondays
 * and less on Fridays, far fewer in August and between Christmas and New Year, a little more as the year goes on (the
 * company grows); a few come on weekends and evenings through the written channels. Delays are counted in the
 * company's business time, as the service levels are.
 */
final class DemoRhythm {

    /** When a request arrives; {@code offHours}: outside business hours (only a written channel then). */
    record Arrival(Instant at, boolean offHours) {}

    private final DemoLife life;
    private final BusinessCalendar calendar;

    DemoRhythm(DemoLife life, BusinessCalendar calendar) {
        this.life = life;
        this.calendar = calendar;
    }

    /** About {@code total} arrivals over the life, in time order, none after its end. */
    List<Arrival> arrivals(int total, SplittableRandom random) {
        List<LocalDate> days =
                life.firstDay().datesUntil(life.lastDay().plusDays(1)).toList();
        double[] weights = new double[days.size()];
        double sum = 0;
        for (int i = 0; i < days.size(); i++) {
            weights[i] = weight(days.get(i), (double) i / days.size());
            sum += weights[i];
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            double expected = weights[i] * total / sum;
            int count = (int) Math.floor(expected * (0.75 + random.nextDouble() * 0.5) + random.nextDouble());
            LocalDate day = days.get(i);
            boolean working = calendar.isWorkingDay(day);
            List<Arrival> ofDay = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                boolean offHours = !working || random.nextDouble() < 0.06;
                LocalTime time = offHours ? evening(random) : businessTime(random);
                Instant at = day.atTime(time).atZone(life.zone()).toInstant();
                if (!at.isAfter(life.start()) || at.isAfter(life.end())) {
                    continue;
                }
                ofDay.add(new Arrival(at, offHours));
            }
            ofDay.sort((a, b) -> a.at().compareTo(b.at()));
            arrivals.addAll(ofDay);
        }
        return arrivals;
    }

    /** The business time {@code amount} after {@code from}. */
    Instant after(Instant from, Duration amount) {
        return calendar.plus(from, amount);
    }

    /** A working moment at or after {@code from} (the next opening when the office is closed). */
    Instant working(Instant from) {
        return calendar.plus(from, Duration.ofMinutes(1));
    }

    private double weight(LocalDate day, double progress) {
        double week = switch (day.getDayOfWeek()) {
            case MONDAY -> 1.4;
            case TUESDAY -> 1.1;
            case WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 0.8;
            case SATURDAY -> 0.06;
            case SUNDAY -> 0.03;
        };
        if (FrenchPublicHolidays.isHoliday(day) && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            week = 0.05;
        }
        double season = day.getMonth() == Month.AUGUST
                ? 0.45
                : day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 22 ? 0.55 : 1.0;
        if (day.getMonth() == Month.SEPTEMBER || day.getMonth() == Month.JANUARY) {
            season *= 1.15; // la rentrée, the new year's invoices
        }
        return week * season * (0.9 + 0.2 * progress);
    }

    /** Peaks mid-morning and early afternoon, quieter at lunch, between 8:30 and 18:00. */
    private static LocalTime businessTime(SplittableRandom random) {
        double r = random.nextDouble();
        int minutes;
        if (r < 0.45) {
            minutes = 9 * 60 + (int) (random.nextDouble() * 150); // 9:00–11:30
        } else if (r < 0.55) {
            minutes = 11 * 60 + 30 + (int) (random.nextDouble() * 120); // lunch
        } else if (r < 0.9) {
            minutes = 13 * 60 + 30 + (int) (random.nextDouble() * 180); // 13:30–16:30
        } else {
            minutes = (random.nextBoolean() ? 8 * 60 + 30 : 16 * 60 + 30) + (int) (random.nextDouble() * 30 * 3);
        }
        return LocalTime.of(minutes / 60, minutes % 60, random.nextInt(60));
    }

    private static LocalTime evening(SplittableRandom random) {
        int minutes = 18 * 60 + 15 + (int) (random.nextDouble() * 220);
        return LocalTime.of(minutes / 60, minutes % 60, random.nextInt(60));
    }
}
