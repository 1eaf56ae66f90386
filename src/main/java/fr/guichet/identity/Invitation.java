package fr.guichet.identity;

import java.time.Instant;

/** An invitation to the customer portal, as stored (never with its secret). */
public record Invitation(
        long id,
        String email,
        String displayName,
        long organisationId,
        String language,
        Instant expiresAt,
        Instant acceptedAt,
        String createdBy,
        Instant createdAt) {

    public boolean isUsable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }
}
