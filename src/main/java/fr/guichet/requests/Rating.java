package fr.guichet.requests;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer's rating of a resolved request, as team leads read them: the score, the comment, when, and who had it
 * (the team holding it, its owner).
 */
public record Rating(
        String reference,
        String subject,
        int score,
        @Nullable String comment,
        Instant ratedAt,
        @Nullable Long teamId,
        @Nullable Long ownerId) {}
