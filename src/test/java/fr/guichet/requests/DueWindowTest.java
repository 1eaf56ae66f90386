package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The due-time windows and age buckets the queues filter on and the home panels count. */
class DueWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // 15:00 in Paris (UTC+1 in November)
    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");

    @Test
    void todayIsTheBusinessCalendarsDayLateOrNot() {
        Instant parisMidnight = Instant.parse("2026-11-23T23:00:00Z");
        assertThat(DueWindow.TODAY.from(NOW, PARIS)).isEqualTo(parisMidnight);
        assertThat(DueWindow.TODAY.to(NOW, PARIS)).isEqualTo(parisMidnight.plus(Duration.ofDays(1)));
        assertThat(DueWindow.TODAY.contains(RequestStatus.NEW, parisMidnight, NOW, PARIS))
                .isTrue();
        assertThat(DueWindow.TODAY.contains(RequestStatus.NEW, parisMidnight.minusSeconds(1), NOW, PARIS))
                .as("yesterday evening in Paris, although the same UTC day")
                .isFalse();
        assertThat(DueWindow.TODAY.contains(RequestStatus.IN_PROGRESS, NOW.minusSeconds(60), NOW, PARIS))
                .as("late, but due today")
                .isTrue();
        assertThat(DueWindow.TODAY.contains(RequestStatus.WAITING_CUSTOMER, NOW.plusSeconds(60), NOW, PARIS))
                .as("paused: its due time will move")
                .isFalse();
        assertThat(DueWindow.TODAY.contains(RequestStatus.RESOLVED, NOW.plusSeconds(60), NOW, PARIS))
                .isFalse();
    }

    @Test
    void atRiskIsTheQueuesDueSoonAndBreachedTodayIsLateSinceMidnight() {
        for (long minutes : new long[] {0, 1, 59, 60, 61, -1}) {
            Instant due = NOW.plus(Duration.ofMinutes(minutes));
            assertThat(DueWindow.AT_RISK.contains(RequestStatus.NEW, due, NOW, PARIS))
                    .as("due in %d min", minutes)
                    .isEqualTo(ServiceLevelState.of(RequestStatus.NEW, due, NOW) == ServiceLevelState.DUE_SOON);
        }
        assertThat(DueWindow.BREACHED_TODAY.contains(RequestStatus.NEW, NOW.minusSeconds(1), NOW, PARIS))
                .isTrue();
        assertThat(DueWindow.BREACHED_TODAY.contains(RequestStatus.NEW, NOW, NOW, PARIS))
                .as("due now is not late yet")
                .isFalse();
        assertThat(DueWindow.BREACHED_TODAY.contains(
                        RequestStatus.NEW, Instant.parse("2026-11-23T22:59:59Z"), NOW, PARIS))
                .as("late since yesterday: not today's breach")
                .isFalse();
    }

    @Test
    void ageBucketsSplitAtOneThreeAndSevenDays() {
        assertThat(AgeBucket.of(NOW.minus(Duration.ofHours(23)), NOW)).isEqualTo(AgeBucket.UNDER_A_DAY);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(AgeBucket.ONE_TO_THREE_DAYS);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo(AgeBucket.THREE_TO_SEVEN_DAYS);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(7)).plusSeconds(1), NOW))
                .isEqualTo(AgeBucket.THREE_TO_SEVEN_DAYS);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(7)), NOW)).isEqualTo(AgeBucket.OVER_A_WEEK);
        assertThat(AgeBucket.ONE_TO_THREE_DAYS.filedAtOrBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(AgeBucket.ONE_TO_THREE_DAYS.filedAfter(NOW)).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(AgeBucket.UNDER_A_DAY.filedAtOrBefore(NOW)).isNull();
        assertThat(AgeBucket.OVER_A_WEEK.filedAfter(NOW)).isNull();
    }
}
