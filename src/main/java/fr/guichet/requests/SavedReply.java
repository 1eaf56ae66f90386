package fr.guichet.requests;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A saved reply (macro): a title, a text with placeholders ({@link SavedReplyPlaceholder}) and its language, either a
 * team's or one person's. It refuses a text with an unknown placeholder, naming it. Who may use and keep it is
 * {@link SavedReplyManagement}'s rule.
 */
@Table("requests_saved_reply")
public class SavedReply {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 4000;

    private @Id Long id;
    private String title;
    private String body;
    private Language language;
    private @Nullable Long teamId;
    private @Nullable Long ownerId;
    private String changedBy;
    private Instant changedAt;
    private @Version int version;

    @PersistenceCreator
    SavedReply(
            Long id,
            String title,
            String body,
            Language language,
            @Nullable Long teamId,
            @Nullable Long ownerId,
            String changedBy,
            Instant changedAt,
            int version) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.language = language;
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    static SavedReply forTeam(long teamId, SavedReplyDraft draft, String by, Instant now) {
        SavedReply reply = new SavedReply(null, "", "", Language.FR, teamId, null, by, now, 0);
        reply.change(draft, by, now);
        return reply;
    }

    static SavedReply personal(long ownerId, SavedReplyDraft draft, String by, Instant now) {
        SavedReply reply = new SavedReply(null, "", "", Language.FR, null, ownerId, by, now, 0);
        reply.change(draft, by, now);
        return reply;
    }

    /** New title, text and language; the scope stays (a team's reply stays the team's). */
    void change(SavedReplyDraft draft, String by, Instant now) {
        String newTitle = required("title", draft.title(), TITLE_MAX);
        String newBody = required("body", draft.body(), BODY_MAX);
        List<String> unknown = SavedReplyText.unknownPlaceholders(newBody);
        if (!unknown.isEmpty()) {
            throw new SavedReplyViolation(
                    "body", "savedreplies.error.unknown-placeholder", "{{" + String.join("}}, {{", unknown) + "}}");
        }
        if (draft.language() == null) {
            throw new SavedReplyViolation("language", "validation.required");
        }
        this.title = newTitle;
        this.body = newBody;
        this.language = draft.language();
        this.changedBy = by;
        this.changedAt = now;
    }

    private static String required(String field, @Nullable String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new SavedReplyViolation(field, "validation.required");
        }
        if (value.length() > max) {
            throw new SavedReplyViolation(field, "savedreplies.error.too-long", max);
        }
        return value;
    }

    public SavedReplyScope getScope() {
        return ownerId != null ? SavedReplyScope.PERSONAL : SavedReplyScope.TEAM;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Language getLanguage() {
        return language;
    }

    public @Nullable Long getTeamId() {
        return teamId;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
