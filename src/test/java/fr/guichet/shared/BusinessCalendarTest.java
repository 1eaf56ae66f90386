package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar office = BusinessCalendar.PARIS_OFFICE;

    @Test
    void easterAndTheHolidaysThatFollowIt() {
        assertThat(FrenchPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchPublicHolidays.of(2026))
                .hasSize(11)
                .contains(
                        LocalDate.of(2026, 4, 6), // Easter Monday
                        LocalDate.of(2026, 5, 14), // Ascension
                        LocalDate.of(2026, 5, 25), // Whit Monday
                        LocalDate.of(2026, 7, 14),
                        LocalDate.of(2026, 11, 11));
    }

    @Test
    void anOfficeOpenOnSaturdayMorningsCountsThem() {
        BusinessCalendar saturdays = new BusinessCalendar(
                office.zone(),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        // Friday 2026-11-27 11:00 + 3 h: one hour on Friday, two on Saturday morning (Monday for Monday–Friday).
        assertThat(saturdays.plus(paris("2026-11-27T11:00"), Duration.ofHours(3)))
                .isEqualTo(paris("2026-11-28T10:00"));
        assertThat(saturdays.isWorkingDay(LocalDate.of(2026, 11, 29)))
                .as("Sunday")
                .isFalse();
        assertThat(saturdays.isWorkingDay(LocalDate.of(2026, 11, 11)))
                .as("Armistice")
                .isFalse();
    }

    @Test
    void anOfficeWithoutAnyWorkingDayIsRefused() {
        Assertions.assertThatThrownBy(
                        () -> new BusinessCalendar(office.zone(), LocalTime.of(8, 0), LocalTime.of(12, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withinADay() {
        assertThat(office.plus(paris("2026-11-24T10:00"), Duration.ofHours(4))).isEqualTo(paris("2026-11-24T14:00"));
    }

    @Test
    void overTheNightToTheNextMorning() {
        assertThat(office.plus(paris("2026-11-24T16:00"), Duration.ofHours(4))).isEqualTo(paris("2026-11-25T11:00"));
    }

    @Test
    void aRequestMadeAtNightStartsCountingAtNine() {
        assertThat(office.plus(paris("2026-11-24T22:30"), Duration.ofHours(1))).isEqualTo(paris("2026-11-25T10:00"));
        assertThat(office.plus(paris("2026-11-25T07:00"), Duration.ofMinutes(30)))
                .isEqualTo(paris("2026-11-25T09:30"));
    }

    @Test
    void overTheWeekend() {
        // Friday 27 November 2026, 17:00 + 2 h → Monday 30 November, 10:00
        assertThat(office.plus(paris("2026-11-27T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-11-30T10:00"));
    }

    @Test
    void overAPublicHoliday() {
        // Tuesday 10 November 2026, 17:00 + 2 h; Wednesday 11 November is Armistice Day → Thursday 12, 10:00
        assertThat(office.plus(paris("2026-11-10T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-11-12T10:00"));
        // Thursday 2 April 2026 + 9 h + 9 h; Friday 3 April open; Monday 6 April is Easter Monday → Tuesday 7 April
        assertThat(office.plus(paris("2026-04-02T09:00"), Duration.ofHours(18))).isEqualTo(paris("2026-04-03T18:00"));
        assertThat(office.plus(paris("2026-04-03T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-04-07T10:00"));
    }

    @Test
    void acrossTheChangeToSummerTime() {
        // Friday 27 March 2026 17:00 + 2 h → Monday 30 March 10:00 (the clocks changed on Sunday 29)
        assertThat(office.plus(paris("2026-03-27T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-30T10:00"));
    }

    @Test
    void businessTimeBetweenIsTheInverseOfPlus() {
        Instant start = paris("2026-12-23T15:30");
        Duration amount = Duration.ofHours(13).plusMinutes(20);
        Instant end = office.plus(start, amount);
        assertThat(end).as("Christmas and the weekend are skipped").isEqualTo(paris("2026-12-28T10:50"));
        assertThat(office.between(start, end)).isEqualTo(amount);
        assertThat(office.between(paris("2026-11-28T10:00"), paris("2026-11-29T10:00")))
                .as("a weekend")
                .isZero();
        assertThat(office.between(end, start)).isZero();
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(BusinessCalendar.PARIS_OFFICE.zone())
                .toInstant();
    }
}
