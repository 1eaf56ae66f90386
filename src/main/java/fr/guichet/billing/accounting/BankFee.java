package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bank statement's line that the reconciliation booked as bank fees: negative when the bank took them, positive
 * when it gave them back.
 */
public record BankFee(long entryId, LocalDate bookedOn, Instant handledAt, Money amount, String label) {}
