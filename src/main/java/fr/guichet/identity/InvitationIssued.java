package fr.guichet.identity;

import fr.guichet.shared.Language;
import java.time.Instant;

/**
 * A person was invited to the customer portal; {@code secret} goes into the link of the invitation email and nowhere
 * else (only its hash is stored).
 */
public record InvitationIssued(
        String email, String displayName, Language language, String secret, Instant expiresAt, String invitedBy) {}
