package fr.guichet.identity;

/** A user account was created. */
public record UserAccountCreated(Long userId, String username, AccountKind kind) {}
