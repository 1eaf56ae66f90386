package fr.guichet.customers;

/** One field of a customer's master data that a change modified, with its value before and after. */
public record FieldChange(String field, String before, String after) {}
