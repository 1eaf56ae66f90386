package fr.guichet.identity;

/**
 * A user changed their own password: their other sessions end, on every instance; the one they changed it from
 * ({@code keptSessionId}, null for none) stays open.
 */
public record UserPasswordChanged(Long userId, String username, String keptSessionId) {}
