package fr.guichet.identity;

/** An administrator reset a user's password: the user's sessions end. */
public record UserPasswordReset(Long userId, String username) {}
