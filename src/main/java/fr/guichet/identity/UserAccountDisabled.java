package fr.guichet.identity;

/** A user account was disabled: its sessions end and it can no longer sign in. */
public record UserAccountDisabled(Long userId, String username) {}
