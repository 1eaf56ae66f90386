package fr.guichet.customers;

/**
 * Two records of one customer were merged: everything that belonged to {@code mergedId} now belongs to
 * {@code keptId}, and {@code mergedId} no longer exists. Published in the merge's transaction, so that each module
 * moves its own records with it (requests, contracts…).
 */
public record CustomersMerged(long keptId, long mergedId) {}
