package fr.guichet.billing;

/**
 * Billing marked an invoice sent: published when the change is saved, for whoever sends it (the invoice email with its
 * PDF to the customer's billing contact, when {@code byEmail}).
 *
 * @param by who sent it (a user's name)
 */
public record InvoiceSent(long invoiceId, String number, long organisationId, boolean byEmail, String by) {}
