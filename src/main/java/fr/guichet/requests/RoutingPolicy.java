package fr.guichet.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides where a new request goes: the first matching rule by position; a rule whose team does not exist, or no rule
 * at all, keeps the request at the front office with normal priority.
 */
public final class RoutingPolicy {

    private final List<RoutingRule> rules;
    private final Function<String, Optional<Long>> teamByCode;

    public RoutingPolicy(List<RoutingRule> rules, Function<String, Optional<Long>> teamByCode) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::getPosition))
                .toList();
        this.teamByCode = teamByCode;
    }

    public Route route(Category category, Channel channel, String segment, String subject) {
        return rules.stream()
                .filter(rule -> rule.matches(category, channel, segment, subject))
                .findFirst()
                .map(rule -> new Route(
                        rule.getTeamCode() == null
                                ? null
                                : teamByCode.apply(rule.getTeamCode()).orElse(null),
                        rule.getPriority()))
                .orElse(Route.frontOffice(Priority.NORMAL));
    }
}
