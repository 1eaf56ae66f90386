package fr.guichet.identity;

/**
 * What a user may reach changed (their kind, roles, team or customer organisation): the sessions they have open end,
 * on every instance, so that a right taken away is gone at once, not at their next login.
 */
public record UserAccessChanged(Long userId, String username) {}
