package fr.guichet.requests.web;

import fr.guichet.requests.RenderedReply;
import fr.guichet.requests.SavedReply;
import fr.guichet.requests.SavedReplyScope;
import fr.guichet.shared.Language;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** The bodies of the saved-replies API; the rules (who keeps a team's reply, placeholders) are the domain's. */
final class SavedReplyApiModels {

    private SavedReplyApiModels() {}

    /** A new saved reply. */
    record NewSavedReply(String title, String body, Language language, SavedReplyScope scope, Long teamId) {}

    /** New title, text and language of a saved reply; {@code version} is the one read (409 when stale). */
    record SavedReplyChange(@NotNull Integer version, String title, String body, Language language) {}

    record SavedReplyView(
            long id,
            String title,
            String body,
            Language language,
            SavedReplyScope scope,
            Long teamId,
            boolean mayChange,
            Instant changedAt,
            int version) {

        static SavedReplyView of(SavedReply reply, boolean mayChange) {
            return new SavedReplyView(
                    reply.getId(),
                    reply.getTitle(),
                    reply.getBody(),
                    reply.getLanguage(),
                    reply.getScope(),
                    reply.getTeamId(),
                    mayChange,
                    reply.getChangedAt(),
                    reply.getVersion());
        }
    }

    /** The replies the token's account may use, and which those are (why the list may be short or empty). */
    record SavedReplyList(List<SavedReplyView> items, String scope) {}

    /** A saved reply filled for one request. */
    record RenderedText(long id, String reference, String title, Language language, String text) {

        static RenderedText of(RenderedReply reply, String reference) {
            return new RenderedText(reply.id(), reference, reply.title(), reply.language(), reply.text());
        }
    }
}
