package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoAssignmentTest {

    @Test
    void thePresentMemberWithTheFewestOpenRequestsTakesIt() {
        assertThat(AutoAssignment.fewestOpen(List.of(7L, 3L, 9L), Map.of(7L, 2L, 3L, 5L, 9L, 1L)))
                .contains(9L);
    }

    @Test
    void someoneWithNothingOpenCountsAsZeroAndATieGoesToTheLongestStandingMember() {
        assertThat(AutoAssignment.fewestOpen(List.of(12L, 4L, 8L), Map.of(12L, 1L)))
                .contains(4L);
        assertThat(AutoAssignment.fewestOpen(List.of(12L, 8L), Map.of(12L, 3L, 8L, 3L)))
                .contains(8L);
    }

    @Test
    void nobodyPresentMeansNobodyIsAssigned() {
        assertThat(AutoAssignment.fewestOpen(List.of(), Map.of())).isEmpty();
    }
}
