package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RequestReferenceTest {

    @Test
    void theYearIsParisTime() {
        // 31 December 23:30 UTC is already 1 January in Paris
        assertThat(RequestReference.prefixFor(ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("DEM-2027-");
    }

    @Test
    void recognisesReferencesOfSixDigitsAndMore() {
        assertThat(RequestReference.isReference("DEM-2026-000123")).isTrue();
        assertThat(RequestReference.isReference("DEM-2026-1234567")).isTrue();
        assertThat(RequestReference.isReference("DEM-2026-12345")).isFalse();
        assertThat(RequestReference.isReference("xDEM-2026-000123")).isFalse();
    }

    @Test
    void findsTheReferenceInASubject() {
        assertThat(RequestReference.inSubject("Re: [DEM-2026-000123] Imprimante"))
                .contains("DEM-2026-000123");
        assertThat(RequestReference.inSubject("Re: DEM-2026-000123 sans crochets"))
                .isEmpty();
    }
}
