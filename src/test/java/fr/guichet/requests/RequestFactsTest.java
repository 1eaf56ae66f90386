package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The facts the figures are made of (ADR 0025), kept by the request itself at each change, against times computed by
 * hand in the business hours Monday–Friday 9:00–18:00 Paris (2026-11-23 is a Monday).
 */
class RequestFactsTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(BusinessCalendar.PARIS_OFFICE);
    private static final Actor CUSTOMER = new Actor(100L, "Marie Martin");
    private static final Actor AGENT = new Actor(1L, "Camille Rousseau");
    private static final Actor BILLING = new Actor(2L, "Émilie Faure");

    private static Request submittedAt(String local) {
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
        return Request.submit(details, Route.frontOffice(Priority.NORMAL), CUSTOMER, LEVELS, paris(local));
    }

    @Test
    void firstResponseAndResolutionAreCountedInBusinessHours() {
        Request request = submittedAt("2026-11-23T10:00");
        assertThat(request.getFirstResponseSeconds()).isNull();

        request.replyToCustomer("Nous regardons", false, AGENT, paris("2026-11-23T11:30"));
        request.resolve("Avoir émis", false, AGENT, paris("2026-11-24T10:00"));

        assertThat(request.getFirstResponseSeconds()).isEqualTo(90 * 60L); // 10:00 → 11:30
        assertThat(request.getResolutionSeconds()).isEqualTo(9 * 3600L); // Monday 10–18, Tuesday 9–10
        assertThat(request.getReopenCount()).isZero();
    }

    @Test
    void aNightAndAWeekendDoNotCount() {
        Request request = submittedAt("2026-11-27T17:00"); // a Friday
        request.replyToCustomer("Bien reçu", false, AGENT, paris("2026-11-30T09:30"));
        assertThat(request.getFirstResponseSeconds()).isEqualTo(90 * 60L); // Friday 17–18, Monday 9–9:30
    }

    @Test
    void waitingForTheCustomerIsLeftOut() {
        Request request = submittedAt("2026-11-23T10:00");
        request.replyToCustomer("Quel numéro de facture ?", true, AGENT, paris("2026-11-23T11:00"));
        request.customerReplied("La 2026-0042", CUSTOMER, paris("2026-11-24T11:00"));
        request.resolve("Avoir émis", false, AGENT, paris("2026-11-24T12:00"));

        assertThat(request.getFirstResponseSeconds()).isEqualTo(3600L);
        assertThat(request.getWaitedSeconds()).isEqualTo(9 * 3600L); // Monday 11–18, Tuesday 9–11
        assertThat(request.getResolutionSeconds()).isEqualTo(2 * 3600L); // 11 h elapsed less 9 h waited
    }

    @Test
    void aRequestClosedWhileWaitingStopsItsClockAtTheWait() {
        Request request = submittedAt("2026-11-23T10:00");
        request.waitForCustomer(AGENT, paris("2026-11-23T11:00"));
        request.close(AGENT, paris("2026-11-25T16:00"));

        assertThat(request.getFirstResponseSeconds()).isNull();
        assertThat(request.getResolutionSeconds()).isEqualTo(3600L);
    }

    @Test
    void aReopeningIsCountedAndTheResolutionTimeRunsToTheLastResolution() {
        Request request = submittedAt("2026-11-23T10:00");
        request.resolve("Réglé", true, AGENT, paris("2026-11-23T12:00"));
        assertThat(request.getResolutionSeconds()).isEqualTo(2 * 3600L);
        assertThat(request.isFirstContactResolution()).isTrue();

        request.customerReplied("Toujours en double", CUSTOMER, paris("2026-11-24T10:00"));
        assertThat(request.getReopenCount()).isEqualTo(1);
        assertThat(request.getResolutionSeconds()).isNull();

        request.handOff(30L, "Vérifier la facture", AGENT, paris("2026-11-24T10:15"));
        request.returnToOwner("Avoir fait", BILLING, paris("2026-11-24T10:45"));
        request.resolve("Avoir émis", false, AGENT, paris("2026-11-24T11:00"));

        assertThat(request.getResolutionSeconds()).isEqualTo(10 * 3600L); // Monday 10–18, Tuesday 9–11
        assertThat(request.getFirstResponseSeconds()).isEqualTo(2 * 3600L); // the first resolution answered
        assertThat(request.isFirstContactResolution()).isFalse();
        assertThat(request.getHandoffCount()).isEqualTo(2);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local)
                .atZone(BusinessCalendar.PARIS_OFFICE.zone())
                .toInstant();
    }
}
