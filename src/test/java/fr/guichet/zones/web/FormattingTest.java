package fr.guichet.zones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates, ages, quantities and file sizes in the reader's language, with the application's own message files. */
class FormattingTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final DateFormatting dates = new DateFormatting(MESSAGES);
    private final NumberFormatting figures = new NumberFormatting(MESSAGES);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAreDayFirstInFrenchAndNeverTheUsShortFormInEnglish() {
        Instant winter = Instant.parse("2026-03-05T13:07:00Z"); // 14:07 in Paris
        LocalDate day = LocalDate.of(2026, 3, 5);
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(dates.dateTime(winter)).isEqualTo("05/03/2026 14:07");
        assertThat(dates.date(day)).isEqualTo("05/03/2026");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.dateTime(winter))
                .isEqualTo("5 Mar 2026, 14:07")
                .doesNotContain("PM")
                .doesNotContain("3/5");
        assertThat(dates.date(day)).isEqualTo("5 Mar 2026");
        assertThat(dates.date((LocalDate) null)).isEqualTo("—");
    }

    @Test
    void anAgeIsTheLargestWholeUnit() {
        Instant created = Instant.parse("2026-03-05T08:00:00Z");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(dates.age(created, created.plusSeconds(12 * 60))).isEqualTo("12 min");
        assertThat(dates.age(created, created.plusSeconds(3 * 3600 + 59 * 60))).isEqualTo("3 h");
        assertThat(dates.age(created, created.plusSeconds(2 * 86400 + 5 * 3600)))
                .isEqualTo("2 j");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.age(created, created.plusSeconds(2 * 86400))).isEqualTo("2 d");
        assertThat(dates.age(created, created.minusSeconds(60)))
                .as("a clock a little behind")
                .isEqualTo("0 min");
    }

    @Test
    void quantitiesHaveNoTrailingZerosAndTheReadersSeparator() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(figures.quantity(new BigDecimal("6.00"))).isEqualTo("6");
        assertThat(figures.quantity(new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(figures.quantity(new BigDecimal("1E+2"))).isEqualTo("100");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.quantity(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(figures.quantity(new BigDecimal("1250.000"))).isEqualTo("1,250");
        assertThat(figures.euros(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
    }

    @Test
    void fileSizesAreNeverZeroKilobytes() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(figures.size(0)).isEqualTo("0 octets");
        assertThat(figures.size(512)).isEqualTo("512 octets");
        assertThat(figures.size(12 * 1024)).isEqualTo("12 Ko");
        assertThat(figures.size(1536)).isEqualTo("1,5 Ko");
        assertThat(figures.size(1_258_291)).isEqualTo("1,2 Mo");
        assertThat(figures.size(15L * 1024 * 1024 + 400_000)).isEqualTo("15 Mo");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.size(512)).isEqualTo("512 bytes");
        assertThat(figures.size(12 * 1024)).isEqualTo("12 KB");
        assertThat(figures.size(1_258_291)).isEqualTo("1.2 MB");
        assertThat(figures.size(3L * 1024 * 1024 * 1024)).isEqualTo("3 GB");
    }
}
