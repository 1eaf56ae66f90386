package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The administrator's rules for a new request's interlocutor, the owner-attention rule, internal service levels. */
class InterlocutorPolicyTest {

    private final AtomicInteger balancedAsked = new AtomicInteger();

    private InterlocutorPolicy.Candidates candidates(Long manager, Long recorder, Long balanced) {
        return new InterlocutorPolicy.Candidates(Optional.ofNullable(manager), Optional.ofNullable(recorder), () -> {
            balancedAsked.incrementAndGet();
            return Optional.ofNullable(balanced);
        });
    }

    @Test
    void eachRuleTriesItsOwnSourceThenFallsBackAlongItsChain() {
        assertThat(InterlocutorPolicy.ACCOUNT_MANAGER.choose(candidates(1L, 2L, 3L)))
                .contains(1L);
        assertThat(InterlocutorPolicy.ACCOUNT_MANAGER.choose(candidates(null, 2L, 3L)))
                .contains(2L);
        assertThat(InterlocutorPolicy.ACCOUNT_MANAGER.choose(candidates(null, null, 3L)))
                .contains(3L);
        assertThat(InterlocutorPolicy.BALANCED.choose(candidates(1L, 2L, 3L))).contains(3L);
        assertThat(InterlocutorPolicy.BALANCED.choose(candidates(1L, 2L, null))).contains(2L);
        assertThat(InterlocutorPolicy.BALANCED.choose(candidates(1L, null, null)))
                .contains(1L);
        assertThat(InterlocutorPolicy.RECORDER.choose(candidates(1L, 2L, 3L))).contains(2L);
        assertThat(InterlocutorPolicy.RECORDER.choose(candidates(1L, null, 3L))).contains(1L);
        assertThat(InterlocutorPolicy.RECORDER.choose(candidates(null, null, 3L)))
                .contains(3L);
        assertThat(InterlocutorPolicy.RECORDER.choose(candidates(null, null, null)))
                .isEmpty();
    }

    @Test
    void theBalancedSourceIsAskedOnlyWhenReached() {
        InterlocutorPolicy.ACCOUNT_MANAGER.choose(candidates(1L, null, 3L));
        InterlocutorPolicy.RECORDER.choose(candidates(null, 2L, 3L));
        assertThat(balancedAsked).hasValue(0);
        InterlocutorPolicy.RECORDER.choose(candidates(null, null, 3L));
        assertThat(balancedAsked).hasValue(1);
    }

    private static RequestEvent event(RequestEventKind kind, Long actor, Long owner, Long team, boolean internal) {
        return new RequestEvent(
                1L,
                "DEM-2026-000001",
                kind,
                actor,
                "Quelqu'un",
                null,
                null,
                "texte",
                Instant.EPOCH,
                new RequestEvent.About("DEM-2026-000001", "Objet", null, null, owner, team, null, internal));
    }

    @Test
    void aRequestCallsItsOwnerBackWhenATeamReturnsItAsksOrAnswers() {
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.RETURNED_TO_OWNER, 7L, 1L, null, false)))
                .contains(OwnerAttention.Reason.RETURNED);
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.QUESTION_TO_OWNER, 7L, 1L, 5L, false)))
                .contains(OwnerAttention.Reason.QUESTION);
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.PUBLIC_REPLY, 7L, 1L, 5L, false)))
                .contains(OwnerAttention.Reason.ANSWER);
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.RESOLVED, 7L, 1L, 5L, true)))
                .contains(OwnerAttention.Reason.ANSWER);
        // Not: the owner's own acts, a reply at the front office, no owner, what the team keeps to itself.
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.PUBLIC_REPLY, 1L, 1L, 5L, false)))
                .isEmpty();
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.PUBLIC_REPLY, 7L, 1L, null, false)))
                .isEmpty();
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.QUESTION_TO_OWNER, 7L, null, 5L, false)))
                .isEmpty();
        assertThat(OwnerAttention.reasonFor(event(RequestEventKind.INTERNAL_NOTE, 7L, 1L, 5L, false)))
                .isEmpty();
    }

    @Test
    void internalRequestsHaveTheirOwnServiceLevels() {
        ServiceLevels levels = new ServiceLevels(
                new BusinessCalendar(ZoneId.of("Europe/Paris"), LocalTime.of(9, 0), LocalTime.of(18, 0)));
        for (Priority priority : Priority.values()) {
            assertThat(levels.resolutionTarget(Category.INTERNAL_IT, priority))
                    .isNotNull()
                    .isNotEqualTo(levels.resolutionTarget(Category.TECHNICAL, priority));
            assertThat(levels.firstResponseTarget(Category.INTERNAL_HR, priority))
                    .isNotNull();
        }
        assertThat(levels.resolutionTarget(Category.INTERNAL_OFFER, Priority.NORMAL))
                .isEqualTo(Duration.ofHours(36));
        assertThat(levels.firstResponseTarget(Category.INTERNAL_OFFER, Priority.URGENT))
                .isEqualTo(Duration.ofHours(1));
    }
}
