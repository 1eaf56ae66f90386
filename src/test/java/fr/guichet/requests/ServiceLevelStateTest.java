package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a queue line's service-level badge says, from the status and the due time. */
class ServiceLevelStateTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theClockRunsOnlyWhileTheRequestIsOpenAndNotWaitingForTheCustomer() {
        assertThat(ServiceLevelState.of(RequestStatus.NEW, NOW.plusSeconds(7200), NOW))
                .isEqualTo(ServiceLevelState.ON_TIME);
        assertThat(ServiceLevelState.of(RequestStatus.IN_PROGRESS, NOW.plusSeconds(1800), NOW))
                .isEqualTo(ServiceLevelState.DUE_SOON);
        assertThat(ServiceLevelState.of(RequestStatus.IN_PROGRESS, NOW.minusSeconds(1), NOW))
                .isEqualTo(ServiceLevelState.OVERDUE);
        assertThat(ServiceLevelState.of(RequestStatus.WAITING_CUSTOMER, NOW.minusSeconds(3600), NOW))
                .as("paused, even past its due time")
                .isEqualTo(ServiceLevelState.PAUSED);
        assertThat(ServiceLevelState.of(RequestStatus.RESOLVED, NOW.minusSeconds(3600), NOW))
                .isEqualTo(ServiceLevelState.DONE);
    }
}
