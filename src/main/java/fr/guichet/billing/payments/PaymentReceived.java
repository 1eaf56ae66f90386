package fr.guichet.billing.payments;

import fr.guichet.shared.Money;

/** A payment was recorded (or a refund: negative), once its transaction commits. */
public record PaymentReceived(long paymentId, long organisationId, Money amount) {}
