package fr.guichet.requests;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One routing rule: when a new request matches every condition that is set (category, channel, customer segment, a
 * keyword in the subject), it goes to the team (none: it stays at the front office) with the priority. Rules are
 * tried by position; the first that matches wins.
 */
@Table("requests_routing_rule")
public class RoutingRule {

    private @Id Long id;
    private int position;
    private Category category;
    private Channel channel;
    private String segment;
    private String keyword;
    private String teamCode;
    private Priority priority;
    private boolean active;
    private @Version int version;

    @PersistenceCreator
    RoutingRule(
            Long id,
            int position,
            Category category,
            Channel channel,
            String segment,
            String keyword,
            String teamCode,
            Priority priority,
            boolean active,
            int version) {
        this.id = id;
        this.position = position;
        this.category = category;
        this.channel = channel;
        this.segment = segment;
        this.keyword = keyword;
        this.teamCode = teamCode;
        this.priority = priority;
        this.active = active;
        this.version = version;
    }

    public static RoutingRule of(
            int position,
            Category category,
            Channel channel,
            String segment,
            String keyword,
            String teamCode,
            Priority priority) {
        return new RoutingRule(
                null,
                position,
                category,
                channel,
                blankToNull(segment),
                blankToNull(keyword),
                blankToNull(teamCode),
                priority,
                true,
                0);
    }

    public void change(
            int position,
            Category category,
            Channel channel,
            String segment,
            String keyword,
            String teamCode,
            Priority priority,
            boolean active) {
        this.position = position;
        this.category = category;
        this.channel = channel;
        this.segment = blankToNull(segment);
        this.keyword = blankToNull(keyword);
        this.teamCode = blankToNull(teamCode);
        this.priority = priority;
        this.active = active;
    }

    /** Whether a new request with these traits falls under this rule. */
    public boolean matches(Category requestCategory, Channel requestChannel, String requestSegment, String subject) {
        return active
                && (category == null || category == requestCategory)
                && (channel == null || channel == requestChannel)
                && (segment == null || hasTag(requestSegment, segment))
                && (keyword == null
                        || (subject != null
                                && subject.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT))));
    }

    /** A customer's segment is a list of tags separated by commas; the rule's segment must be one of them. */
    private static boolean hasTag(String tags, String wanted) {
        return tags != null && Arrays.stream(tags.split(",")).map(String::strip).anyMatch(wanted::equalsIgnoreCase);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Category getCategory() {
        return category;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSegment() {
        return segment;
    }

    public String getKeyword() {
        return keyword;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public Priority getPriority() {
        return priority;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
