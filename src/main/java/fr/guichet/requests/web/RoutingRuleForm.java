package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.Priority;
import fr.guichet.requests.RoutingRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A routing rule as the administration edits it; empty conditions match everything. */
record RoutingRuleForm(
        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{requests.rules.error.position}")
        @Max(value = 100000, message = "{requests.rules.error.position}")
        Integer position,

        Category category,
        Channel channel,
        @Size(max = 40, message = "{validation.max-length}") String segment,

        @Size(max = 100, message = "{validation.max-length}")
        String keyword,

        @Size(max = 40, message = "{validation.max-length}") String teamCode,
        @NotNull(message = "{validation.required}") Priority priority,
        Boolean active,
        int version) {

    static RoutingRuleForm blank(int position) {
        return new RoutingRuleForm(position, null, null, "", "", "", Priority.NORMAL, true, 0);
    }

    static RoutingRuleForm of(RoutingRule rule) {
        return new RoutingRuleForm(
                rule.getPosition(),
                rule.getCategory(),
                rule.getChannel(),
                rule.getSegment(),
                rule.getKeyword(),
                rule.getTeamCode(),
                rule.getPriority(),
                rule.isActive(),
                rule.getVersion());
    }
}
