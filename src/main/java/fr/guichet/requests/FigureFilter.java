package fr.guichet.requests;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a figure counts: those created in {@code [from, to)} (the period's requests), customer or internal
 * ones, narrowed by the filters set. The reports module resolves the filters other modules own into ids: a customer
 * segment into its organisations, a site into the staff working there.
 *
 * @param teamId the team's requests: those it held or holds, and those its members own (a front-office team's)
 * @param teamMemberIds the team's members (its requests at the front office)
 * @param organisationIds the customers of a segment; null: any customer
 * @param ownerIds the owners working at a site; null: any owner
 */
public record FigureFilter(
        Instant from,
        Instant to,
        boolean internal,
        @Nullable Long teamId,
        List<Long> teamMemberIds,
        @Nullable Channel channel,
        @Nullable Category category,
        @Nullable List<Long> organisationIds,
        @Nullable List<Long> ownerIds) {

    public FigureFilter {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " → " + to);
        }
        teamMemberIds = List.copyOf(teamMemberIds);
        organisationIds = organisationIds == null ? null : List.copyOf(organisationIds);
        ownerIds = ownerIds == null ? null : List.copyOf(ownerIds);
    }

    /** The same filters over another period (the previous one, for the comparison). */
    public FigureFilter over(Instant otherFrom, Instant otherTo) {
        return new FigureFilter(
                otherFrom, otherTo, internal, teamId, teamMemberIds, channel, category, organisationIds, ownerIds);
    }

    /** The same filters on the internal requests (or the customers'). */
    public FigureFilter ofInternal(boolean internalRequests) {
        return new FigureFilter(
                from,
                to,
                internalRequests,
                teamId,
                teamMemberIds,
                channel,
                internalRequests ? null : category,
                organisationIds,
                ownerIds);
    }
}
