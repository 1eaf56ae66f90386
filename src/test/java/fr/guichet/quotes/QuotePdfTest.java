package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quote's PDF writes its percentages (VAT rates, discounts) the way its reader's language does. */
class QuotePdfTest {

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(QuotePdf.percent(new BigDecimal("20"), Locale.FRENCH)).isEqualTo("20\u00a0%");
        assertThat(QuotePdf.percent(new BigDecimal("5.5"), Locale.FRENCH)).isEqualTo("5,5\u00a0%");
        assertThat(QuotePdf.percent(new BigDecimal("20"), Locale.ENGLISH)).isEqualTo("20%");
        assertThat(QuotePdf.percent(new BigDecimal("2.1"), Locale.ENGLISH)).isEqualTo("2.1%");
        assertThat(QuotePdf.percent(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5%");
    }
}
