package fr.guichet.billing.statements;

import fr.guichet.shared.Money;

/** What of a statement entry a clerk puts on one invoice. */
public record Share(long invoiceId, Money amount) {}
