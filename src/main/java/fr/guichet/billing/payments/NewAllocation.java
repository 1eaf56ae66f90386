package fr.guichet.billing.payments;

import fr.guichet.shared.Money;

/** How much of a payment goes to one invoice (negative for a refund of what an invoice owes back). */
public record NewAllocation(long invoiceId, Money amount) {}
