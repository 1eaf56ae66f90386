package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HalfYearTest {

    @Test
    void aHalfYearReadsBackWhatItWrites() {
        HalfYear half = HalfYear.parse("2027-S2");
        assertThat(half).isEqualTo(new HalfYear(2027, 2));
        assertThat(HalfYear.parse(half.toString())).isEqualTo(half);
        assertThat(half.firstDay()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(half.next()).isEqualTo(new HalfYear(2028, 1));
    }

    @Test
    void aYearNoRateTableNamesIsRefusedWhenTyped() {
        // year 0001 was once accepted, stored as "1-S1" and then broke every reading of the tables
        assertThatThrownBy(() -> HalfYear.parse("0001-S1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalfYear.parse("1999-S2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalfYear.parse("2100-S1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalfYear.parse("2027-S3")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HalfYear(1, 1).inTables()).isFalse();
        assertThat(new HalfYear(1, 1).toString())
                .as("four digits, as parse reads")
                .isEqualTo("0001-S1");
    }
}
