package fr.guichet.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.reports.ReportPeriod.Unit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a period is compared with: the previous one, over the same span while the period is still running. */
class ReportPeriodTest {

    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);

    @Test
    void aRunningMonthIsComparedWithThePreviousMonthToTheSameDay() {
        ReportPeriod november = ReportPeriod.containing(Unit.MONTH, NOV_28);

        ReportPeriod compared = november.comparedWith(NOV_28);

        assertThat(compared.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(compared.last()).isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void aRunningQuarterIsComparedWithTheSameNumberOfDaysOfThePreviousQuarter() {
        ReportPeriod quarter = ReportPeriod.containing(Unit.QUARTER, NOV_28);

        ReportPeriod compared = quarter.comparedWith(NOV_28);

        // 1 October → 28 November is 59 days; the third quarter’s first 59 days end on 28 August.
        assertThat(compared.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(compared.days()).isEqualTo(59);
        assertThat(compared.last()).isEqualTo(LocalDate.of(2026, 8, 28));
    }

    @Test
    void aFinishedPeriodIsComparedWithTheWholePreviousOne() {
        ReportPeriod october = ReportPeriod.containing(Unit.MONTH, LocalDate.of(2026, 10, 15));

        assertThat(october.comparedWith(NOV_28)).isEqualTo(october.previous());
        assertThat(october.previous().days()).isEqualTo(30);
    }

    @Test
    void aLongerRunningPeriodNeverComparesBeyondThePreviousOne() {
        // 31 March is the 31st day of March; February has 28: the whole of February.
        ReportPeriod march = ReportPeriod.containing(Unit.MONTH, LocalDate.of(2026, 3, 31));

        assertThat(march.comparedWith(LocalDate.of(2026, 3, 31))).isEqualTo(march.previous());
    }
}
