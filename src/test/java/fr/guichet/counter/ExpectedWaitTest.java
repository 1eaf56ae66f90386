package fr.guichet.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedWaitTest {

    @Test
    void nobodyAheadMeansNoWait() {
        assertThat(ExpectedWait.of(0, List.of(Duration.ofMinutes(10)), 1)).isZero();
    }

    @Test
    void theUsualPaceBeforeAnyVisitWasServed() {
        assertThat(ExpectedWait.of(3, List.of(), 1)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theMedianOfRecentServicesSetsThePaceSoThatOneLongVisitDoesNotSkewIt() {
        List<Duration> recent = List.of(Duration.ofMinutes(4), Duration.ofMinutes(6), Duration.ofMinutes(60));
        // median 6 min, 4 people ahead, 2 counters at work: 12 minutes
        assertThat(ExpectedWait.of(4, recent, 2)).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void roundedUpToTheMinuteAndNoCounterCountsAsOne() {
        List<Duration> recent = List.of(Duration.ofSeconds(90), Duration.ofSeconds(100));
        // median 95 s, one ahead, no counter at work yet: 95 s → 2 minutes
        assertThat(ExpectedWait.of(1, recent, 0)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void someoneAheadIsAtLeastAMinuteHoweverQuickTheRecentVisits() {
        assertThat(ExpectedWait.of(3, List.of(Duration.ofSeconds(1)), 3)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void ticketNumbersHaveThreeDigitsAfterTheLetter() {
        assertThat(TicketNumber.of("A", 42)).isEqualTo("A-042");
        assertThat(TicketNumber.of("B", 7)).isEqualTo("B-007");
        assertThat(TicketNumber.of("C", 1234)).isEqualTo("C-1234");
    }

    @Test
    void percentilesByNearestRank() {
        assertThat(CounterFiguresQueries.percentile(List.of(), 50)).isNull();
        assertThat(CounterFiguresQueries.percentile(List.of(30L, 10L, 20L, 40L), 50))
                .isEqualTo(20L);
        assertThat(CounterFiguresQueries.percentile(List.of(30L, 10L, 20L, 40L), 90))
                .isEqualTo(40L);
    }
}
