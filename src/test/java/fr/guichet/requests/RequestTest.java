package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RequestTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(BusinessCalendar.PARIS_OFFICE);
    private static final Actor CUSTOMER = new Actor(100L, "Marie Martin");
    private static final Actor AGENT = new Actor(1L, "Camille Rousseau");
    private static final Actor BILLING = new Actor(2L, "Émilie Faure");
    private static final long BILLING_TEAM = 30L;
    private static final long SUPPORT_TEAM = 20L;

    private final Instant monday10 = paris("2026-11-23T10:00");

    private Request portalRequest(Route route) {
        NewRequest details = new NewRequest(
                "Facture en double",
                "Nous avons reçu deux fois la facture.",
                Category.BILLING,
                Channel.PORTAL,
                7L,
                100L,
                "Marie Martin",
                "marie@example.fr",
                null);
        Request request = Request.submit(details, route, CUSTOMER, LEVELS, monday10);
        request.clearEvents();
        return request;
    }

    @Test
    void aNewRequestGetsItsDueTimesInBusinessHours() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL));
        assertThat(request.getStatus()).isEqualTo(RequestStatus.NEW);
        assertThat(request.getFirstResponseDue()).isEqualTo(paris("2026-11-23T14:00"));
        assertThat(request.getResolutionDue()).isEqualTo(paris("2026-11-25T10:00"));
    }

    @Test
    void aHandOffNeedsANoteAndKeepsTheOwner() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL));
        request.takeOwnership(AGENT, monday10);
        assertThatThrownBy(() -> request.handOff(BILLING_TEAM, "  ", AGENT, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.note-required"));

        request.handOff(BILLING_TEAM, "Vérifier la facture 2026-0042 envoyée deux fois", AGENT, monday10);
        assertThat(request.getTeamId()).isEqualTo(BILLING_TEAM);
        assertThat(request.getOwnerId()).isEqualTo(AGENT.userId());
        assertThat(request.getHandoffCount()).isEqualTo(1);
        assertThat(request.events())
                .extracting(RequestEvent::kind)
                .containsExactly(RequestEventKind.OWNER_TAKEN, RequestEventKind.HANDED_OFF);
    }

    @Test
    void theOwnerAnswersTheTeamOnlyWhileATeamHoldsTheRequestAndItStaysThere() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL));
        assertThatThrownBy(() -> request.answerTeam("Douze postes", AGENT, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.not-with-a-team"));
        request.handOff(BILLING_TEAM, "note", AGENT, monday10);
        request.askOwner("Combien de postes ?", BILLING, monday10);
        assertThatThrownBy(() -> request.answerTeam(" ", AGENT, monday10)).isInstanceOf(RequestRuleViolation.class);
        request.answerTeam("Douze postes", AGENT, monday10);
        assertThat(request.getTeamId()).isEqualTo(BILLING_TEAM);
        assertThat(request.getHandoffCount()).isEqualTo(1);
        assertThat(request.events())
                .extracting(RequestEvent::kind)
                .endsWith(RequestEventKind.QUESTION_TO_OWNER, RequestEventKind.OWNER_ANSWERED);
        assertThat(RequestEventKind.OWNER_ANSWERED.isShownToCustomer()).isFalse();
    }

    @Test
    void aChangeOfCategoryRecomputesTheServiceLevelsAndKeepsTheKind() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL)).using(LEVELS);
        assertThatThrownBy(() -> request.changeCategory(Category.INTERNAL_IT, AGENT, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.category-kind"));
        request.changeCategory(Category.TECHNICAL, AGENT, monday10.plus(Duration.ofHours(1)));
        assertThat(request.getCategory()).isEqualTo(Category.TECHNICAL);
        assertThat(request.getResolutionDue())
                .isEqualTo(LEVELS.resolutionDue(Category.TECHNICAL, Priority.NORMAL, monday10));
        request.changeCategory(Category.TECHNICAL, AGENT, monday10);
        assertThat(request.events()).extracting(RequestEvent::kind).containsExactly(RequestEventKind.CATEGORY_CHANGED);
    }

    @Test
    void everyMoveBetweenFrontAndBackIsCounted() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL));
        request.handOff(BILLING_TEAM, "note", AGENT, monday10);
        assertThatThrownBy(() -> request.transfer(BILLING_TEAM, "raison", BILLING, monday10))
                .isInstanceOf(RequestRuleViolation.class);
        assertThatThrownBy(() -> request.transfer(SUPPORT_TEAM, "", BILLING, monday10))
                .isInstanceOf(RequestRuleViolation.class);
        request.transfer(SUPPORT_TEAM, "Le doublon vient d'un bug du portail", BILLING, monday10);
        request.returnToOwner("Corrigé, avoir émis", new Actor(3L, "Thomas Girard"), monday10);
        assertThat(request.isAtFrontOffice()).isTrue();
        assertThat(request.getOwnerId()).as("the owner never changed").isEqualTo(AGENT.userId());
        assertThat(request.getHandoffCount()).isEqualTo(3);
        assertThatThrownBy(() -> request.returnToOwner("encore", BILLING, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.not-with-a-team"));
    }

    @Test
    void firstContactResolutionOnlyWithoutAHandOff() {
        Request settled = portalRequest(Route.frontOffice(Priority.NORMAL));
        settled.resolve("Voici le duplicata", true, AGENT, monday10);
        assertThat(settled.isFirstContactResolution()).isTrue();
        assertThat(settled.getOwnerId()).isEqualTo(AGENT.userId());

        Request handedOff = portalRequest(Route.frontOffice(Priority.NORMAL));
        handedOff.handOff(BILLING_TEAM, "note", AGENT, monday10);
        handedOff.returnToOwner("réponse", BILLING, monday10);
        handedOff.resolve("Réglé", true, AGENT, monday10);
        assertThat(handedOff.isFirstContactResolution()).isFalse();
    }

    @Test
    void waitingForTheCustomerPausesTheClock() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL)).using(LEVELS);
        Instant due = request.getResolutionDue(); // Wednesday 10:00
        request.replyToCustomer("Pouvez-vous nous envoyer la facture ?", true, AGENT, paris("2026-11-23T11:00"));
        assertThat(request.getStatus()).isEqualTo(RequestStatus.WAITING_CUSTOMER);
        assertThat(request.isOverdue(paris("2026-11-26T10:00")))
                .as("no clock while waiting")
                .isFalse();
        // The customer answers the next day at 11:00: nine business hours of waiting.
        request.customerReplied("La voici", CUSTOMER, paris("2026-11-24T11:00"));
        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.getResolutionDue()).isEqualTo(LEVELS.calendar().plus(due, Duration.ofHours(9)));
        assertThat(request.getResolutionDue()).isEqualTo(paris("2026-11-26T10:00"));
    }

    @Test
    void aResolvedRequestReopensWhenTheCustomerWritesAndIsRatedOnce() {
        Request request = portalRequest(Route.frontOffice(Priority.NORMAL)).using(LEVELS);
        assertThatThrownBy(() -> request.rate(5, "", CUSTOMER, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.rate-before-resolution"));
        request.resolve("Réglé", false, AGENT, monday10);
        request.customerReplied("Ce n'est pas réglé", CUSTOMER, monday10);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        request.resolve("Réglé cette fois", false, AGENT, monday10);
        assertThatThrownBy(() -> request.rate(6, "", CUSTOMER, monday10)).isInstanceOf(RequestRuleViolation.class);
        request.rate(4, "Rapide", CUSTOMER, monday10);
        assertThat(request.getRating()).isEqualTo(4);
        assertThatThrownBy(() -> request.rate(5, "", CUSTOMER, monday10))
                .isInstanceOfSatisfying(
                        RequestRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("requests.error.already-rated"));
        request.close(CUSTOMER, monday10);
        assertThatThrownBy(() -> request.customerReplied("?", CUSTOMER, monday10))
                .isInstanceOf(RequestRuleViolation.class);
    }

    @Test
    void overdueAndDueSoon() {
        Request request = portalRequest(new Route(BILLING_TEAM, Priority.URGENT));
        assertThat(request.getResolutionDue()).isEqualTo(paris("2026-11-23T14:00"));
        assertThat(request.isDueSoon(paris("2026-11-23T13:30"))).isTrue();
        assertThat(request.isOverdue(paris("2026-11-23T13:30"))).isFalse();
        assertThat(request.isOverdue(paris("2026-11-23T14:01"))).isTrue();
        request.escalate(paris("2026-11-23T14:01"));
        request.escalate(paris("2026-11-23T15:00"));
        assertThat(request.getEscalatedAt()).isEqualTo(paris("2026-11-23T14:01"));
        assertThat(request.events()).extracting(RequestEvent::kind).containsExactly(RequestEventKind.ESCALATED);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local)
                .atZone(BusinessCalendar.PARIS_OFFICE.zone())
                .toInstant();
    }
}
