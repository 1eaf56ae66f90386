package fr.guichet.requests;

import java.time.Instant;

/**
 * How owners are chosen and told, as the administrator set it (one row in the database, so that every instance agrees).
 *
 * @param interlocutorPolicy the rule that gives a new customer request its interlocutor
 * @param mailOwners whether owners (and the teams they answer) are also told by email, not only in the app
 * @param version the version to send back when changing them
 */
public record OwnerSettings(
        InterlocutorPolicy interlocutorPolicy, boolean mailOwners, int version, String changedBy, Instant changedAt) {}
