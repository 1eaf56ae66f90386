package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final Map<String, Long> TEAMS =
            Map.of("support", 2L, "facturation", 3L, "adv", 4L, "grands-comptes", 9L);

    private final RoutingPolicy policy = new RoutingPolicy(
            List.of(
                    RoutingRule.of(20, Category.TECHNICAL, null, null, null, "support", Priority.NORMAL),
                    RoutingRule.of(10, Category.TECHNICAL, null, null, "panne", "support", Priority.HIGH),
                    RoutingRule.of(5, null, null, "secteur public", null, "grands-comptes", Priority.HIGH),
                    RoutingRule.of(30, Category.BILLING, null, null, null, "facturation", Priority.NORMAL),
                    RoutingRule.of(40, Category.PRE_SALES, Channel.PHONE, null, null, null, Priority.NORMAL),
                    RoutingRule.of(50, Category.PRE_SALES, null, null, null, "adv", Priority.LOW),
                    RoutingRule.of(60, Category.AFTER_SALES, null, null, null, "sav-inexistant", Priority.NORMAL)),
            code -> Optional.ofNullable(TEAMS.get(code)));

    @Test
    void theFirstMatchingRuleByPositionWins() {
        assertThat(policy.route(Category.TECHNICAL, Channel.PORTAL, "commerce", "Panne du serveur de fichiers"))
                .isEqualTo(new Route(2L, Priority.HIGH));
        assertThat(policy.route(Category.TECHNICAL, Channel.PORTAL, "commerce", "Imprimante lente"))
                .isEqualTo(new Route(2L, Priority.NORMAL));
    }

    @Test
    void aSegmentRuleComesFirstForItsCustomers() {
        assertThat(policy.route(Category.BILLING, Channel.PORTAL, "Secteur public", "Facture"))
                .isEqualTo(new Route(9L, Priority.HIGH));
    }

    @Test
    void aCustomersSegmentIsAListOfTagsAndTheRuleNeedsOneOfThem() {
        assertThat(policy.route(Category.BILLING, Channel.PORTAL, "Lyon, secteur public, PME", "Facture"))
                .isEqualTo(new Route(9L, Priority.HIGH));
        assertThat(policy.route(Category.BILLING, Channel.PORTAL, "Lyon, secteur privé", "Facture"))
                .isEqualTo(new Route(3L, Priority.NORMAL));
    }

    @Test
    void aChannelRuleKeepsPhoneCallsAtTheFrontOffice() {
        assertThat(policy.route(Category.PRE_SALES, Channel.PHONE, null, "Devis"))
                .isEqualTo(Route.frontOffice(Priority.NORMAL));
        assertThat(policy.route(Category.PRE_SALES, Channel.PORTAL, null, "Devis"))
                .isEqualTo(new Route(4L, Priority.LOW));
    }

    @Test
    void anUnknownTeamOrNoRuleKeepsTheRequestAtTheFrontOffice() {
        assertThat(policy.route(Category.AFTER_SALES, Channel.PORTAL, null, "Retour"))
                .isEqualTo(Route.frontOffice(Priority.NORMAL));
        assertThat(policy.route(Category.OTHER, Channel.WEB_FORM, null, "Question"))
                .isEqualTo(Route.frontOffice(Priority.NORMAL));
    }
}
