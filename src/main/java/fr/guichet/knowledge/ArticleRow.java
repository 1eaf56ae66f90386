package fr.guichet.knowledge;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One article in the back office's list: its title in the reader's language (or the other), its state and votes. */
public record ArticleRow(
        long id,
        String title,
        List<String> languages,
        @Nullable String categoryName,
        ArticleStatus status,
        ArticleAudience audience,
        int helpfulYes,
        int helpfulNo,
        String updatedBy,
        Instant updatedAt) {

    public int votes() {
        return helpfulYes + helpfulNo;
    }

    /** The share of "yes" in percent, rounded; 0 without votes. */
    public int helpfulPercent() {
        return votes() == 0 ? 0 : Math.round(100f * helpfulYes / votes());
    }
}
