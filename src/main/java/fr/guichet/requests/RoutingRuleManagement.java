package fr.guichet.requests;

import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.internal.CurrentRoutingRules;
import fr.guichet.requests.internal.RoutingRuleRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The routing rules admins keep, and where a new request goes by them. */
@Service
@Transactional
public class RoutingRuleManagement {

    private final RoutingRuleRepository rules;
    private final CurrentRoutingRules currentRules;
    private final TeamManagement teams;

    RoutingRuleManagement(RoutingRuleRepository rules, CurrentRoutingRules currentRules, TeamManagement teams) {
        this.rules = rules;
        this.currentRules = currentRules;
        this.teams = teams;
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> routingRules() {
        return rules.findAllByPosition();
    }

    @Transactional(readOnly = true)
    public RoutingRule routingRule(long id) {
        return rules.findById(id).orElseThrow(() -> new UnknownRequest("rule " + id));
    }

    /** Saves a new rule or the changes to one; a team code that matches no team is refused. */
    public RoutingRule saveRoutingRule(RoutingRule rule) {
        if (rule.getTeamCode() != null && teams.teamByCode(rule.getTeamCode()).isEmpty()) {
            throw new RequestRuleViolation("requests.rules.error.unknown-team");
        }
        return rules.save(rule);
    }

    public void deleteRoutingRule(long id) {
        rules.deleteById(id);
    }

    /** Where a new request goes by the rules in force (read again at most every few seconds, see ADR 0006). */
    @Transactional(readOnly = true)
    public Route route(Category category, Channel channel, String segment, String subject) {
        return new RoutingPolicy(
                        currentRules.inOrder(), code -> teams.teamByCode(code).map(Team::getId))
                .route(category, channel, segment, subject);
    }
}
