package fr.guichet.requests;

import fr.guichet.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A saved reply as typed on the page or sent to the API.
 *
 * @param teamId the team of a {@link SavedReplyScope#TEAM} reply; none: the author's own team (administrators may name
 *     any team)
 */
public record SavedReplyDraft(
        @Nullable String title,
        @Nullable String body,
        @Nullable Language language,
        @Nullable SavedReplyScope scope,
        @Nullable Long teamId) {}
