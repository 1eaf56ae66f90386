package fr.guichet.requests.web;

import fr.guichet.requests.SavedReply;
import fr.guichet.requests.SavedReplyDraft;
import fr.guichet.requests.SavedReplyScope;
import fr.guichet.shared.Language;

/** A saved reply as the management page edits it; the rules are {@code SavedReplyManagement}'s and the reply's. */
record SavedReplyForm(String title, String body, Language language, SavedReplyScope scope, Long teamId, int version) {

    static SavedReplyForm blank(Language language) {
        return new SavedReplyForm("", "", language, SavedReplyScope.PERSONAL, null, 0);
    }

    static SavedReplyForm of(SavedReply reply) {
        return new SavedReplyForm(
                reply.getTitle(),
                reply.getBody(),
                reply.getLanguage(),
                reply.getScope(),
                reply.getTeamId(),
                reply.getVersion());
    }

    SavedReplyDraft draft() {
        return new SavedReplyDraft(title, body, language, scope, teamId);
    }
}
