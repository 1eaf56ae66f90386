package fr.guichet.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the suggestions beside the forms achieved since {@code since}: forms from which someone opened a suggested
 * article ({@code helped}), how many of them were left without sending a request once {@code settleAfter} had passed
 * ({@code avoided}), how many sent one anyway ({@code submitted}), the others still too recent to tell ({@code
 * pending}); then the same per article.
 */
public record DeflectionFigures(
        Instant since,
        Duration settleAfter,
        int helped,
        int avoided,
        int submitted,
        int pending,
        List<ArticleFigures> articles) {

    /** One article: opened from suggestions ({@code views}), and the forms left afterwards without a request. */
    public record ArticleFigures(long articleId, String title, int views, int avoided, int submitted) {}

    /** Requests avoided among the forms settled, in percent (0 when none is settled yet). */
    public int avoidedPercent() {
        int settled = avoided + submitted;
        return settled == 0 ? 0 : Math.round(100f * avoided / settled);
    }
}
