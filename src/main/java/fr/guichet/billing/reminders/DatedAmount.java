package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.time.LocalDate;

/** An amount paid on a day (a payment's allocation to the invoice): what is owed is that much less from that day. */
public record DatedAmount(LocalDate on, Money amount) {}
