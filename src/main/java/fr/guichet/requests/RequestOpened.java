package fr.guichet.requests;

/**
 * A staff member opened a request's page: what called them to it (their alerts about it) has been seen. Published
 * by {@link RequestManagement#openedBy}; the request itself does not change.
 */
public record RequestOpened(long requestId, String reference, long userId) {}
