package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reminder sent: the invoice (or, {@code instalment} above 0, one instalment of its payment plan), the level, when
 * and by whom (a run, or a person), the balance, interest and indemnity as computed that day, to whom it was mailed
 * (none: no address, the letter is to be posted) and whether its PDF letter is kept.
 */
public record Reminder(
        long id,
        long invoiceId,
        String invoiceNumber,
        long organisationId,
        long levelId,
        int levelPosition,
        String levelCode,
        int instalment,
        LocalDate asOf,
        Instant sentAt,
        String sentBy,
        Money balance,
        Money interest,
        Money indemnity,
        @Nullable String recipient,
        boolean hasLetter) {

    public Money total() {
        return balance.plus(interest).plus(indemnity);
    }
}
