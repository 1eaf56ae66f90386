package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may act on a request, and what a customer sees of its history: the rules the pages and the API share. */
class RequestAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final long HOLDER = 30L;
    private static final long OTHER = 20L;

    private final Request held = heldBy(HOLDER, Category.BILLING);

    @Test
    void theHoldingTeamWorksOnTheRequestAndTheTeamsItWentThroughOnlyRead() {
        assertThat(RequestAccess.worksFor(staff(HOLDER, Role.BACK_OFFICE), held))
                .isTrue();
        assertThat(RequestAccess.worksFor(staff(OTHER, Role.BACK_OFFICE, Role.TEAM_LEAD), held))
                .isFalse();
        assertThat(RequestAccess.mayWorkOn(staff(OTHER, Role.BACK_OFFICE), held))
                .isFalse();
        assertThat(RequestAccess.worksFor(staff(OTHER, Role.ADMIN), held)).isTrue();
        assertThat(RequestAccess.mayWorkOn(staff(null, Role.FRONT_OFFICE), held))
                .as("the front office, owner side")
                .isTrue();
        assertThat(RequestAccess.mayWorkOn(customer(), held)).isFalse();
    }

    @Test
    void billingReadsEveryCustomersRequestButNeitherInternalOnesNorTheirInternalWork() {
        AccountPrincipal clerk = staff(OTHER, Role.BILLING);
        Request customers = Request.submit(
                new NewRequest("Facture", "Texte", Category.BILLING, Channel.PHONE, 7L, 5L, "Marie", null, 1L),
                new Route(HOLDER, Priority.NORMAL),
                new Actor(1L, "Camille Rousseau"),
                new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
                NOW);
        assertThat(RequestAccess.maySee(clerk, customers, team -> false))
                .as("the request an invoice line links to")
                .isTrue();
        assertThat(RequestAccess.mayWorkOn(clerk, held)).isFalse();
        assertThat(RequestAccess.seesInternalWork(clerk, customers, team -> false))
                .as("reads it as a team it went through would")
                .isTrue();
        Request colleagues = Request.submit(
                new NewRequest("Poste", "Texte", Category.INTERNAL_IT, Channel.PORTAL, null, 99L, "Lina", null, 99L),
                new Route(HOLDER, Priority.NORMAL),
                new Actor(99L, "Lina"),
                new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
                NOW);
        assertThat(RequestAccess.maySee(clerk, colleagues, team -> false))
                .as("a colleague's internal request")
                .isFalse();
        assertThat(RequestAccess.maySee(staff(OTHER, Role.BACK_OFFICE), customers, team -> false))
                .as("another back-office team it never went to")
                .isFalse();
    }

    @Test
    void onlyTheFrontOfficeOrATeamAllowedToAnswersTheCustomer() {
        AccountPrincipal member = staff(HOLDER, Role.BACK_OFFICE);
        assertThat(RequestAccess.mayAnswerCustomer(member, held, false)).isFalse();
        assertThat(RequestAccess.mayAnswerCustomer(member, held, true)).isTrue();
        assertThat(RequestAccess.mayAnswerCustomer(member, heldBy(HOLDER, Category.INTERNAL_IT), false))
                .as("an internal request is answered by the team that holds it")
                .isTrue();
        assertThat(RequestAccess.mayAnswerCustomer(
                        staff(null, Role.FRONT_OFFICE), heldBy(HOLDER, Category.INTERNAL_IT), false))
                .as("while a team holds an internal request, the team answers the colleague, not the front office")
                .isFalse();
        assertThat(RequestAccess.mayAnswerCustomer(staff(OTHER, Role.BACK_OFFICE), held, true))
                .isFalse();
        assertThat(RequestAccess.mayAnswerCustomer(staff(null, Role.FRONT_OFFICE), held, false))
                .isTrue();
    }

    @Test
    void aCustomerSeesTheStatusesAndThePublicConversationWithoutStaffIdsNorTeams() {
        List<HistoryEntry> history = List.of(
                line(RequestEventKind.SUBMITTED, null, HOLDER, "Facture en double"),
                line(RequestEventKind.HANDED_OFF, null, HOLDER, "Voir l'avoir"),
                line(RequestEventKind.TRANSFERRED, HOLDER, OTHER, "Plutôt le support"),
                line(RequestEventKind.INTERNAL_NOTE, OTHER, null, "Client difficile"),
                line(RequestEventKind.QUESTION_TO_OWNER, OTHER, null, "Quel contrat ?"),
                line(RequestEventKind.ASSIGNED, null, null, "Thomas Girard"),
                line(RequestEventKind.PRIORITY_CHANGED, null, null, "URGENT"),
                line(RequestEventKind.ESCALATED, OTHER, null, null),
                line(RequestEventKind.RETURNED_TO_OWNER, OTHER, null, "Avoir émis"),
                line(RequestEventKind.PUBLIC_REPLY, null, null, "Votre avoir est émis."),
                line(RequestEventKind.RESOLVED, null, null, "Réglé."));

        assertThat(RequestAccess.seesInternalWork(staff(HOLDER, Role.BACK_OFFICE), held, team -> false))
                .isTrue();
        assertThat(RequestAccess.seesInternalWork(staff(OTHER, Role.BACK_OFFICE), held, team -> false))
                .as("a team the request never went to")
                .isFalse();
        assertThat(RequestAccess.seesInternalWork(staff(OTHER, Role.BACK_OFFICE), held, team -> team == OTHER))
                .as("a team it passed through")
                .isTrue();
        assertThat(RequestAccess.seesInternalWork(customer(), held, team -> true))
                .isFalse();
        List<HistoryEntry> seen = RequestAccess.asRequesterSeesIt(history);
        assertThat(seen)
                .extracting(HistoryEntry::kind)
                .containsExactly(RequestEventKind.SUBMITTED, RequestEventKind.PUBLIC_REPLY, RequestEventKind.RESOLVED);
        assertThat(seen).allSatisfy(entry -> {
            assertThat(entry.actorId()).isNull();
            assertThat(entry.fromTeamId()).isNull();
            assertThat(entry.toTeamId()).isNull();
        });
    }

    private static HistoryEntry line(RequestEventKind kind, Long from, Long to, String detail) {
        return new HistoryEntry(kind, 5L, "Émilie Faure", from, to, detail, NOW);
    }

    private static Request heldBy(long team, Category category) {
        return Request.submit(
                new NewRequest(
                        "Facture en double", "Texte", category, Channel.PHONE, 7L, null, "Marie Martin", null, 1L),
                new Route(team, Priority.NORMAL),
                new Actor(1L, "Camille Rousseau"),
                new ServiceLevels(BusinessCalendar.PARIS_OFFICE),
                NOW);
    }

    private static AccountPrincipal staff(Long team, Role... roles) {
        return new AccountPrincipal(UserAccount.create(
                UserProfile.staff("agent", "Agent", "agent@example.fr", Set.of(roles), team, null),
                "{noop}x",
                false,
                NOW));
    }

    private static AccountPrincipal customer() {
        return new AccountPrincipal(UserAccount.create(
                UserProfile.customer("client", "Client", "client@example.fr", 7L), "{noop}x", false, NOW));
    }
}
