package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Time spent as people type it, and the hours it bills. */
class WorkDurationTest {

    @Test
    void minutesHoursAndBothAreRead() {
        assertThat(WorkDuration.parse("45")).contains(45);
        assertThat(WorkDuration.parse(" 45 min ")).contains(45);
        assertThat(WorkDuration.parse("2 h")).contains(120);
        assertThat(WorkDuration.parse("2h")).contains(120);
        assertThat(WorkDuration.parse("1,5 h")).contains(90);
        assertThat(WorkDuration.parse("1.25h")).contains(75);
        assertThat(WorkDuration.parse("1 h 30")).contains(90);
        assertThat(WorkDuration.parse("1h05min")).contains(65);
        assertThat(WorkDuration.parse("3 heures")).contains(180);
    }

    @Test
    void nothingZeroMoreThanADayAndWordsAreRefused() {
        assertThat(WorkDuration.parse(null)).isEmpty();
        assertThat(WorkDuration.parse("")).isEmpty();
        assertThat(WorkDuration.parse("0")).isEmpty();
        assertThat(WorkDuration.parse("0 h")).isEmpty();
        assertThat(WorkDuration.parse("-30")).isEmpty();
        assertThat(WorkDuration.parse("1441")).isEmpty();
        assertThat(WorkDuration.parse("25 h")).isEmpty();
        assertThat(WorkDuration.parse("1 h 75"))
                .as("75 minutes are an hour and a quarter")
                .isEmpty();
        assertThat(WorkDuration.parse("une heure")).isEmpty();
        assertThat(WorkDuration.parse("1,555 h"))
                .as("hundredths of an hour at most")
                .isEmpty();
        assertThat(WorkDuration.parse("24 h")).contains(WorkDuration.MAX_MINUTES);
    }

    @Test
    void hoursAreRoundedHalfUpToTheHundredthAndReadBack() {
        assertThat(WorkDuration.hours(20)).isEqualByComparingTo(new BigDecimal("0.33"));
        assertThat(WorkDuration.hours(50)).isEqualByComparingTo(new BigDecimal("0.83"));
        assertThat(WorkDuration.hours(90)).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(WorkDuration.hours(1)).isEqualByComparingTo(new BigDecimal("0.02"));
        assertThat(WorkDuration.format(45)).isEqualTo("45 min");
        assertThat(WorkDuration.format(120)).isEqualTo("2 h");
        assertThat(WorkDuration.format(65)).isEqualTo("1 h 05");
        for (int minutes = 1; minutes <= WorkDuration.MAX_MINUTES; minutes++) {
            assertThat(WorkDuration.parse(WorkDuration.format(minutes)))
                    .as("what is shown reads back the same")
                    .contains(minutes);
        }
    }
}
